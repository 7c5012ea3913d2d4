"""The store: the only room that speaks SQL, to SQLite (a file path, the default) or PostgreSQL (a URL).

PostgreSQL's driver is asyncpg. Measured on this box (2 cores shared with other work; a private durable server,
fsync on; bench/pg_drivers.py, median of 5 alternating rounds), in microseconds per operation:

    operation                      asyncpg   psycopg 3 (async)
    one-row INSERT + COMMIT           3168        3384
    executemany of 100 rows, 1 tx     8083       10934
    SELECT one row by key              254         302

asyncpg is faster on all three, most on the group commit's shape (executemany pipelines the rows), and its
$n placeholders leave a literal % in SQL alone (psycopg needs it doubled wherever parameters are passed).
"""
