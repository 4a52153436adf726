/// The words of `classify-sql --help`: what it is for, how it is used in practice, what it returns.
enum HelpText {
    static let abstract = "Classify PostgreSQL SQL by the worst it could do: safe, write, schema, destructive or critical."

    static let usage = """
        classify-sql [<options>] [<file> ...]
        classify-sql [<options>] -c <sql> [-c <sql> ...]
        classify-sql rules [<rule-id>] [--format text|json]
        """

    static let discussion = """
        SQL is parsed with PostgreSQL's own grammar (libpg_query), so comments, strings, CTEs and \
        stacked statements cannot hide what it does. Input that does not parse is critical.

        Each file, standard input, or -c is one input. An input's level is the highest level of its \
        statements. Files are read as bytes: invalid UTF-8 or a NUL byte is critical.

        EXAMPLES:
          Gate in front of an agent with read-only intent: run its SQL only if
          every statement is safe.
            classify-sql --fail-on write -c "$SQL" && psql -c "$SQL"

          CI over migrations: additive DDL passes, anything that drops, rewrites
          or grants fails the build.
            classify-sql --fail-on destructive migrations/*.sql

          Stricter CI: stop on any schema change, with JSON for the review bot.
            classify-sql --fail-on schema --format json migrations/*.sql

          GitHub code scanning and pull-request annotations (a directory is
          searched recursively for *.sql, in sorted path order):
            classify-sql --format sarif migrations/ > sqlrisk.sarif
            classify-sql --format github migrations/

          Batch over a query log, one {"id": ..., "sql": "..."} per line in,
          one report per line out, each carrying its id back:
            classify-sql --input-format jsonl --format jsonl log.jsonl > out.jsonl
            jq -c 'select(.level == "critical") | .id' out.jsonl

        LEVELS (lowest to highest):
          safe         reads only
          write        changes rows or state, bounded (INSERT, UPDATE ... WHERE)
          schema       additive or reversible DDL (CREATE TABLE, ADD COLUMN)
          destructive  irreversible loss (DROP, TRUNCATE, DELETE without WHERE)
          critical     escapes the guardrails or the database (GRANT, COPY PROGRAM,
                       ALTER SYSTEM, dynamic SQL, input that does not parse)

        INPUT FORMATS:
          lines   Blank lines are skipped; reports carry the line number.
          jsonl   Blank lines are skipped. "id" is optional, any JSON value, and
                  comes back exactly as written; other members are ignored. A
                  malformed line is reported on standard error with its line
                  number, the other lines are still classified, and the exit
                  status is 2.

        EXIT STATUS:
          0   every input is below the --fail-on level
          1   some input is at or above the --fail-on level
          2   an input could not be read (missing file, malformed jsonl line),
              or an internal error; the other inputs are still reported
          64  usage error (unknown option, bad level name, unknown rule id)

        RULES:
          classify-sql rules            lists every rule
          classify-sql rules <rule-id>  explains one, with examples
          (to classify a file named 'rules', write ./rules)

        MORE SUBCOMMANDS (each has --help):
          classify-sql policy check FILE | policy show   validate or print the policy
          classify-sql hook [install|doctor]             pre-tool-use hook for coding agents
          classify-sql approve CODE | approvals          grant, list or revoke approvals
          classify-sql audit verify|summary FILE         check or count the audit log
        """
}
