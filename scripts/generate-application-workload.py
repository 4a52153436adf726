#!/usr/bin/env python3
"""Writes Benchmarks/PrefilterTiming/application-workload.sql: a seeded, realistic mix of the SQL an
application sends (ORM lookups and pages, joins, aggregates, CTEs, window functions, $n parameters,
common built-ins, jsonb), plus a realistic minority of constructs the prefilter leaves to the parser
(WITHIN GROUP, FETCH FIRST, COLLATE, SIMILAR TO, position(... IN ...), trim(...), WITH ORDINALITY ...)
and some writes. The prefilter's coverage and speed figures are measured on it.

    python3 scripts/generate-application-workload.py
"""
import random
from pathlib import Path

rng = random.Random(20240515)
TABLES = {
    "users": ["id", "email", "display_name", "org_id", "created_at", "last_login_at", "status", "settings"],
    "organizations": ["id", "name", "plan", "created_at", "seats", "billing_email", "features"],
    "orders": ["id", "user_id", "total_cents", "currency", "status", "created_at", "shipped_at", "metadata"],
    "order_items": ["id", "order_id", "product_id", "quantity", "unit_price_cents", "created_at"],
    "products": ["id", "sku", "title", "price_cents", "category_id", "stock", "updated_at", "attributes"],
    "events": ["id", "user_id", "kind", "occurred_at", "source", "session_id", "payload"],
    "invoices": ["id", "org_id", "amount_cents", "due_on", "paid_at", "status", "number"],
    "tickets": ["id", "requester_id", "assignee_id", "subject", "priority", "opened_at", "closed_at", "status"],
    "comments": ["id", "ticket_id", "author_id", "body", "created_at"],
}
TIME = {"users": "created_at", "organizations": "created_at", "orders": "created_at", "order_items": "created_at",
        "products": "updated_at", "events": "occurred_at", "invoices": "due_on", "tickets": "opened_at", "comments": "created_at"}
PARENT = {"users": ("org_id", "organizations"), "orders": ("user_id", "users"), "order_items": ("order_id", "orders"),
          "events": ("user_id", "users"), "invoices": ("org_id", "organizations"), "tickets": ("requester_id", "users"),
          "comments": ("ticket_id", "tickets")}
INTERVALS = ["1 hour", "24 hours", "7 days", "30 days", "90 days", "1 year"]
UNITS = ["hour", "day", "week", "month"]
KEYS = ["type", "source", "plan", "country", "device", "version"]


def pick(xs):
    return rng.choice(xs)


def cols(t, alias=None, n=None):
    cs = TABLES[t][:]
    rng.shuffle(cs)
    cs = cs[: n or rng.randint(2, 5)]
    return ", ".join(f"{alias}.{c}" if alias else c for c in cs)


def child():
    return pick(list(PARENT))


def point():
    t = pick(list(TABLES))
    return pick([f"SELECT {cols(t)} FROM {t} WHERE id = $1",
                 f"SELECT * FROM {t} WHERE id = $1 LIMIT 1",
                 f'SELECT "{t}".* FROM "{t}" WHERE "{t}"."id" = $1 LIMIT $2',
                 f"select {cols(t)} from public.{t} where id = $1"])


def page():
    t = pick(list(TABLES))
    tm = TIME[t]
    cond = [f"{tm} > now() - interval '{pick(INTERVALS)}'"]
    if t in PARENT:
        cond.append(f"{PARENT[t][0]} = $1")
    d = pick(["DESC", "ASC", "DESC NULLS LAST"])
    return f"SELECT {cols(t)} FROM {t} WHERE {' AND '.join(cond)} ORDER BY {tm} {d}, id LIMIT {pick([10, 20, 50])} OFFSET $2"


def join():
    c = child()
    col, p = PARENT[c]
    kind = pick(["JOIN", "LEFT JOIN", "INNER JOIN", "LEFT OUTER JOIN"])
    return (f"SELECT {cols(c, 'c')}, {cols(p, 'p', 2)} FROM {c} c {kind} {p} p ON p.id = c.{col} "
            f"WHERE c.{TIME[c]} >= $1 AND c.{TIME[c]} < $2 ORDER BY c.{TIME[c]} DESC LIMIT 100")


def aggregate():
    t = pick(list(TABLES))
    u = pick(UNITS)
    m = pick(["count(*) AS total", "count(DISTINCT id) AS n", f"max({TIME[t]}) AS latest", "sum(1)::bigint AS rows"])
    return f"SELECT date_trunc('{u}', {TIME[t]}) AS bucket, {m} FROM {t} WHERE {TIME[t]} >= now() - interval '{pick(INTERVALS)}' GROUP BY 1 ORDER BY 1"


def cte():
    c = child()
    col, p = PARENT[c]
    return (f"WITH recent AS (SELECT {col}, count(*) AS n, max({TIME[c]}) AS last_seen FROM {c} "
            f"WHERE {TIME[c]} > now() - interval '{pick(INTERVALS)}' GROUP BY {col}) "
            f"SELECT p.id, r.n, r.last_seen FROM recent r JOIN {p} p ON p.id = r.{col} WHERE r.n > $1 ORDER BY r.n DESC LIMIT 25")


def window():
    c = child()
    col = PARENT[c][0]
    f = pick(["row_number()", "rank()", "dense_rank()", f"lag({TIME[c]})", "count(*)", "sum(id)"])
    return (f"SELECT id, {col}, {f} OVER (PARTITION BY {col} ORDER BY {TIME[c]} DESC) AS w FROM {c} "
            f"WHERE {TIME[c]} > $1")


def ranked():
    c = child()
    col = PARENT[c][0]
    return (f"SELECT * FROM (SELECT {cols(c)}, {col}, row_number() OVER (PARTITION BY {col} ORDER BY {TIME[c]} DESC) AS rn "
            f"FROM {c}) ranked WHERE rn <= {pick([1, 3, 5])}")


def running():
    return ("SELECT created_at::date AS day, sum(total_cents) AS revenue, "
            "sum(sum(total_cents)) OVER (ORDER BY created_at::date ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cumulative "
            "FROM orders WHERE status = 'paid' GROUP BY created_at::date ORDER BY 1")


def json_q():
    k = pick(KEYS)
    return pick([f"SELECT id, payload->>'{k}' AS {k} FROM events WHERE payload @> $1::jsonb AND occurred_at > $2",
                 f"SELECT id, settings->'{k}' FROM users WHERE settings ? '{k}'",
                 f"SELECT jsonb_build_object('id', id, 'email', email, 'org', org_id) FROM users WHERE id = ANY($1)",
                 f"SELECT json_agg(t) FROM (SELECT id, title FROM products WHERE category_id = $1 ORDER BY title) t",
                 f"SELECT (metadata->>'{k}')::int AS v, count(*) FROM orders GROUP BY 1 HAVING count(*) > 1"])


def search():
    return pick(["SELECT id, email FROM users WHERE lower(email) = lower($1)",
                 "SELECT id, title FROM products WHERE title ILIKE '%' || $1 || '%' ORDER BY title LIMIT 20",
                 "SELECT id, subject FROM tickets WHERE subject LIKE $1 AND status <> 'closed'",
                 "SELECT id FROM users WHERE email ILIKE $1 OR display_name ILIKE $1 LIMIT 10",
                 "SELECT id, sku FROM products WHERE sku = upper(trim($1))",
                 "SELECT id FROM tickets WHERE to_tsvector('english', subject) @@ plainto_tsquery('english', $1)"])


def exists():
    return pick(["SELECT EXISTS (SELECT 1 FROM users WHERE email = $1)",
                 "SELECT u.id FROM users u WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.user_id = u.id) LIMIT 100",
                 "SELECT p.* FROM products p WHERE EXISTS (SELECT 1 FROM order_items oi WHERE oi.product_id = p.id AND oi.quantity > $1)",
                 "SELECT id FROM organizations o WHERE id IN (SELECT org_id FROM invoices WHERE paid_at IS NULL AND due_on < current_date)"])


def count_q():
    t = pick(list(TABLES))
    return pick([f"SELECT count(*) FROM {t}", f"SELECT count(*) FROM {t} WHERE {TIME[t]} > $1",
                 f"SELECT count(*) FILTER (WHERE status = 'open') AS open, count(*) AS total FROM tickets WHERE assignee_id = $1",
                 f"SELECT COUNT(*) AS \"count\" FROM {t}"])


def any_list():
    t = pick(list(TABLES))
    return pick([f"SELECT {cols(t)} FROM {t} WHERE id = ANY($1::bigint[])", f"SELECT {cols(t)} FROM {t} WHERE id IN ($1, $2, $3)",
                 f"SELECT {cols(t)} FROM {t} WHERE id IN ({', '.join(str(rng.randint(1, 99999)) for _ in range(rng.randint(2, 30)))})",
                 f"SELECT {cols(t)} FROM {t} WHERE id BETWEEN $1 AND $2 ORDER BY id"])


def case_q():
    return pick(["SELECT id, CASE WHEN total_cents >= 10000 THEN 'large' WHEN total_cents >= 1000 THEN 'medium' ELSE 'small' END AS size FROM orders WHERE user_id = $1",
                 "SELECT status, count(*), round(avg(total_cents)::numeric / 100, 2) AS avg_total FROM orders GROUP BY status ORDER BY 2 DESC",
                 "SELECT id, coalesce(display_name, email) AS name, greatest(last_login_at, created_at) AS seen FROM users WHERE org_id = $1",
                 "SELECT id, nullif(trim(subject), '') AS subject FROM tickets WHERE priority >= $1",
                 "SELECT extract(epoch FROM (closed_at - opened_at))::int AS seconds FROM tickets WHERE closed_at IS NOT NULL",
                 "SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, count(*) FROM events GROUP BY 1"])


def lateral():
    return ("SELECT u.id, o.id AS last_order FROM users u LEFT JOIN LATERAL "
            "(SELECT id FROM orders WHERE user_id = u.id ORDER BY created_at DESC LIMIT 1) o ON true WHERE u.org_id = $1")


def misc():
    return pick(["SELECT 1", "SELECT version()", "SELECT current_database()", "SELECT now()", "SHOW server_version",
                 "SHOW search_path", "SELECT current_user", "SELECT pg_is_in_recovery()",
                 "SELECT n.nspname, c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = $1",
                 "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position",
                 "SELECT g.day::date FROM generate_series(current_date - 6, current_date, interval '1 day') AS g(day)",
                 "SELECT id FROM users WHERE status = $1 UNION ALL SELECT id FROM organizations WHERE plan = $1",
                 "SELECT DISTINCT ON (user_id) user_id, id, created_at FROM orders ORDER BY user_id, created_at DESC",
                 "SELECT array_agg(id ORDER BY id) FROM products WHERE category_id = $1",
                 "SELECT string_agg(DISTINCT currency, ',') FROM orders",
                 "EXPLAIN SELECT * FROM orders WHERE user_id = 42",
                 "VALUES (1, 'a'), (2, 'b')",
                 "SELECT md5(random()::text)", "SELECT gen_random_uuid()"])


def unsupported():
    # Valid, read-only, and left to the parser by the prefilter.
    return pick(["SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY total_cents) FROM orders",
                 "SELECT id FROM orders ORDER BY created_at DESC FETCH FIRST 10 ROWS ONLY",
                 "SELECT title FROM products ORDER BY title COLLATE \"C\"",
                 "SELECT id FROM users WHERE email SIMILAR TO '%@(example|test).com'",
                 "SELECT position('@' IN email) FROM users",
                 "SELECT trim(both ' ' from display_name) FROM users",
                 "SELECT e.value, e.ordinality FROM events, jsonb_array_elements(payload->'items') WITH ORDINALITY AS e(value, ordinality)",
                 "SELECT substring(email from '@(.*)$') AS domain, count(*) FROM users GROUP BY 1",
                 "SELECT id FROM orders WHERE shipped_at IS DISTINCT FROM $1",
                 "SELECT * FROM orders TABLESAMPLE SYSTEM (1)",
                 "SELECT 'orders'::regclass",
                 "SELECT id FROM tickets WHERE subject LIKE $1 ESCAPE '!'"])


def writes():
    return pick(["INSERT INTO events (user_id, kind, payload) VALUES ($1, $2, $3) RETURNING id",
                 "UPDATE users SET last_login_at = now() WHERE id = $1",
                 "DELETE FROM sessions WHERE expires_at < now()",
                 "SELECT * FROM orders WHERE id = $1 FOR UPDATE",
                 "SELECT nextval('orders_id_seq')",
                 "INSERT INTO order_items (order_id, product_id, quantity) SELECT $1, id, 1 FROM products WHERE sku = $2",
                 "UPDATE tickets SET status = 'closed', closed_at = now() WHERE id = ANY($1)"])


READS = [point, point, page, join, join, aggregate, cte, window, ranked, running, json_q, search, exists, count_q,
         any_list, case_q, lateral, misc, misc]
out = []
for i in range(2000):
    r = rng.random()
    if r < 0.05:
        out.append(unsupported())
    elif r < 0.13:
        out.append(writes())
    else:
        out.append(pick(READS)())
    # Some statements come formatted, with comments, as hand-written SQL does.
    if rng.random() < 0.1:
        out[-1] = "-- " + pick(["dashboard", "report", "api: list", "admin"]) + "\n" + out[-1].replace(" FROM ", "\nFROM ").replace(" WHERE ", "\nWHERE ")
    elif rng.random() < 0.05:
        out[-1] = "/* app=web route=" + pick(["/orders", "/users/:id", "/search"]) + " */ " + out[-1]
path = Path(__file__).resolve().parent.parent / "Benchmarks" / "PrefilterTiming" / "application-workload.sql"
path.write_text("-- Generated by scripts/generate-application-workload.py; do not edit.\n" + ";\n".join(out) + ";\n")
print(f"{len(out)} statements -> {path}")
