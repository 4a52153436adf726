-- rules: schema-change
CREATE RULE no_delete_archive AS ON DELETE TO orders_archive DO INSTEAD NOTHING;
