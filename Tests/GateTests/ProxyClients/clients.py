"""psycopg 3 (pipeline mode) and asyncpg (prepared statements, executemany, COPY) through the proxy.
Prints one JSON object of observations; the Swift test asserts on it. argv: proxy DSN, direct DSN."""
import asyncio, json, sys
import asyncpg, psycopg

proxy, direct = sys.argv[1], sys.argv[2]
out = {}

with psycopg.connect(direct, autocommit=True) as c:
    c.execute("DROP TABLE IF EXISTS pt; CREATE TABLE pt(id int)")

with psycopg.connect(proxy) as c:
    try:
        with c.pipeline():
            c.execute("INSERT INTO pt VALUES (%s)", [1])
            c.execute("DROP TABLE pt")
            c.execute("SELECT 1")
        out["pipeline_refused"] = None
    except psycopg.Error as e:
        out["pipeline_refused"] = e.sqlstate
    c.rollback()
    out["after_pipeline"] = c.execute("SELECT count(*) FROM pt").fetchone()[0]
    c.commit()
    try:
        c.execute("INSERT INTO pt VALUES (10)")
        c.execute("DROP TABLE pt")
        out["tx_refused"] = None
    except psycopg.Error as e:
        out["tx_refused"] = e.sqlstate
    try:
        c.execute("SELECT 1")
        out["tx_after"] = None
    except psycopg.Error as e:
        out["tx_after"] = e.sqlstate
    c.rollback()

async def asyncpg_part():
    c = await asyncpg.connect(proxy)
    try:
        await c.prepare("DROP TABLE pt")
        out["asyncpg_prepare"] = None
    except asyncpg.PostgresError as e:
        out["asyncpg_prepare"] = e.sqlstate
    stmt = await c.prepare("SELECT $1::int + 1")
    out["asyncpg_prepared"] = await stmt.fetchval(41)
    await c.executemany("INSERT INTO pt VALUES ($1)", [(2,), (3,)])
    out["asyncpg_count"] = await c.fetchval("SELECT count(*) FROM pt")
    await c.close()

asyncio.run(asyncpg_part())
with psycopg.connect(direct) as c:
    out["direct_count"] = c.execute("SELECT count(*) FROM pt").fetchone()[0]
    out["table_exists"] = c.execute("SELECT to_regclass('pt') IS NOT NULL").fetchone()[0]
print(json.dumps(out))
