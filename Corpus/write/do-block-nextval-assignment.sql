-- rules: sequence-change
DO $$
DECLARE v bigint;
BEGIN
  v := nextval('ticket_seq');
  RAISE NOTICE 'next ticket %', v;
END
$$;
