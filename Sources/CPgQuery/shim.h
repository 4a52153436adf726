// libpg_query (Debian's libpg-query-dev) exposed to Swift. Only Sources/SQLRisk/Parser/PgQuery.swift imports it.
#include <pg_query.h>
