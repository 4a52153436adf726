-- rules: schema-change
CREATE POLICY own_rows ON notes FOR ALL TO app_user USING (owner = current_user) WITH CHECK (owner = current_user);
