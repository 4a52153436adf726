-- rules: none
SELECT "Id", "UserName" FROM "AppUsers" WHERE "IsActive";
