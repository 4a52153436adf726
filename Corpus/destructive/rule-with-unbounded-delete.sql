-- rules: delete-without-where, schema-change
-- A rule arms its action: every insert into signups would wipe waitlist.
CREATE RULE clear_waitlist AS ON INSERT TO signups DO ALSO DELETE FROM waitlist;
