-- rules: schema-change
ALTER POLICY own_rows ON notes RENAME TO notes_owner_only;
