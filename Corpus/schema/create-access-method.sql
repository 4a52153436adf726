-- rules: schema-change
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
