-- rules: schema-change
-- Comments and odd spacing do not hide the DDL.
CREATE/* new */TABLE
  "Audit Trail"   (  "when" timestamptz  ,  "what" text  ) ;
