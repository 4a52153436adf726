// Debian's libpq-dev: the PostgreSQL client library. Imported only by Sources/PostgresClient.
#include <postgresql/libpq-fe.h>
