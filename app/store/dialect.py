"""What differs between SQLite and PostgreSQL, in one place.

The table modules write SQLite's dialect (``?`` placeholders, ``INSERT OR IGNORE``, ``instr``); on PostgreSQL
every statement passes through `to_postgres` once (cached) on its way to the server. The migrations are
written once too: their table definitions go through `postgres_ddl`, and what cannot be translated word for
word (triggers, which PostgreSQL writes as a function plus a trigger) has both forms here.

Not translated, so the table modules avoid them: ``INSERT OR REPLACE`` into a table not in `CONFLICT_KEYS`,
SQLite's bare columns in an aggregate query, ``typeof``/``printf`` (journal rows go through `row_json`).
"""

from __future__ import annotations

import functools
import os
import re

SQLITE = "sqlite"
POSTGRES = "postgres"


def is_postgres_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


# Tables whose `id INTEGER PRIMARY KEY` SQLite numbers by itself: on PostgreSQL an identity column, and an
# INSERT into one returns the new id (the cursor's lastrowid).
IDENTITY_TABLES = frozenset(
    {
        "events",
        "list_entries",
        "content_rules",
        "content_samples",
        "alerts",
        "journal",
        "relay_selftests",
        "bayes_trainings",
        "monitor_hits",
    }
)

# INSERT OR REPLACE needs the conflict target spelled out on PostgreSQL: the tables it is used on (the journal's
# undo puts deleted rows of any journaled table back).
CONFLICT_KEYS: dict[str, tuple[str, ...]] = {
    "journal_undos": ("change",),
    "settings": ("key",),
    "local_domains": ("name",),
    "trusted_networks": ("cidr",),
    "relay_routes": ("domain",),
    "sender_relay_exceptions": ("domain",),
    "list_entries": ("id",),
    "dnsbl_zones": ("zone",),
    "content_rules": ("id",),
    "accounts": ("address",),
    "account_aliases": ("alias",),
    "sender_limits": ("key",),
    "held_senders": ("sender",),
    "recipients": ("address",),
    "bayes_trainings": ("id",),
}

_STRING = re.compile(r"'(?:[^']|'')*'")
_INSERT_OR = re.compile(r"^\s*INSERT\s+OR\s+(IGNORE|REPLACE)\s+INTO\s+(\w+)\s*\(([^)]*)\)", re.I | re.S)
_FUNCTION = re.compile(r"\b(instr|max|min|group_concat|json_extract|json_array_length|json_each)\s*\(", re.I)


def _outside_strings(sql: str, change) -> str:
    """`change` applied to the parts of `sql` outside its string literals."""
    out, last = [], 0
    for literal in _STRING.finditer(sql):
        out.append(change(sql[last : literal.start()]))
        out.append(literal.group())
        last = literal.end()
    out.append(change(sql[last:]))
    return "".join(out)


def _numbered_placeholders(sql: str) -> str:
    count = 0

    def number(_match: re.Match) -> str:
        nonlocal count
        count += 1
        return f"${count}"

    return _outside_strings(sql, lambda part: re.sub(r"\?", number, part))


def _arguments(sql: str, open_at: int) -> tuple[list[str], int]:
    """The top-level arguments of the call whose "(" is at `open_at`, and the index after its ")"."""
    depth, start, args = 0, open_at + 1, []
    i = open_at
    while i < len(sql):
        char = sql[i]
        if char == "'":
            i = sql.index("'", i + 1)
            while sql.startswith("''", i):
                i = sql.index("'", i + 2)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                args.append(sql[start:i].strip())
                return args, i + 1
        elif char == "," and depth == 1:
            args.append(sql[start:i].strip())
            start = i + 1
        i += 1
    raise ValueError(f"unbalanced parentheses in {sql!r}")


def _functions(sql: str) -> str:
    """SQLite's functions that PostgreSQL names or shapes differently."""
    out, position = [], 0
    while match := _FUNCTION.search(sql, position):
        if match.start() > 0 and sql[match.start() - 1] in "._$":
            out.append(sql[position : match.end()])
            position = match.end()
            continue
        name = match.group(1).lower()
        args, end = _arguments(sql, match.end() - 1)
        args = [_functions(a) for a in args]
        out.append(sql[position : match.start()])
        if name == "instr":
            out.append(f"strpos({args[0]}, {args[1]})")
        elif name in ("max", "min") and len(args) > 1:  # the scalar forms; max(x) alone is the aggregate
            out.append(f"{'GREATEST' if name == 'max' else 'LEAST'}({', '.join(args)})")
        elif name in ("max", "min"):
            out.append(f"{name}({args[0]})")
        elif name == "group_concat":
            distinct = re.match(r"DISTINCT\s+", args[0], re.I)
            value = args[0][distinct.end() :] if distinct else args[0]
            separator = args[1] if len(args) > 1 else "','"
            out.append(f"string_agg({'DISTINCT ' if distinct else ''}({value})::text, {separator})")
        elif name == "json_extract":
            path = args[1].strip("'")
            assert path.startswith("$."), path
            out.append(f"(({args[0]})::jsonb ->> '{path[2:]}')")
        elif name == "json_array_length":
            out.append(f"jsonb_array_length(({args[0]})::jsonb)")
        else:  # json_each(x) alias: the array's elements as rows of one column, value
            alias = re.match(r"\s+(?:AS\s+)?(\w+)", sql[end:], re.I)
            name_as = alias.group(1) if alias else "json_each"
            if alias:
                end += alias.end()
            out.append(f"jsonb_array_elements_text(({args[0]})::jsonb) AS {name_as}(value)")
        position = end
    out.append(sql[position:])
    return "".join(out)


def _insert_or(sql: str) -> str:
    match = _INSERT_OR.match(sql)
    if match is None:
        return sql
    kind, table, columns = match.group(1).upper(), match.group(2), match.group(3)
    head = f"INSERT INTO {table}({columns})"
    rest = sql[match.end() :]
    if kind == "IGNORE":
        return f"{head}{rest} ON CONFLICT DO NOTHING"
    keys = CONFLICT_KEYS[table]
    names = [c.strip() for c in columns.split(",")]
    updates = ", ".join(f"{c} = excluded.{c}" for c in names if c not in keys)
    action = f"DO UPDATE SET {updates}" if updates else "DO NOTHING"
    return f"{head}{rest} ON CONFLICT ({', '.join(keys)}) {action}"


def _qualified_updates(sql: str) -> str:
    """In ON CONFLICT ... DO UPDATE SET, PostgreSQL takes a bare column on the right of "=" as ambiguous
    (the row or excluded): the inserted table's columns there get its name, as SQLite reads them."""
    insert = re.match(r"\s*INSERT\s+INTO\s+(\w+)\s*\(([^)]*)\)", sql, re.I)
    marker = re.search(r"\bDO\s+UPDATE\s+SET\b", sql, re.I)
    if insert is None or marker is None:
        return sql
    table, columns = insert.group(1), {c.strip().lower() for c in insert.group(2).split(",")}
    head, tail = sql[: marker.end()], sql[marker.end() :]

    def qualify(part: str) -> str:
        def one(match: re.Match) -> str:
            return f"{table}.{match.group(2)}" if match.group(2).lower() in columns else match.group(0)

        # a bare name not after "." and not the target of an assignment ("name =" but not "name ==")
        return re.sub(r"(?<![.\w$])()(\w+)\b(?!\s*=(?!=))(?!\s*\()", one, part)

    return head + _outside_strings(tail, qualify)


def _words(part: str) -> str:
    part = re.sub(r"\bIS\s+NOT\s+(?!NULL\b|DISTINCT\b)", "IS DISTINCT FROM ", part, flags=re.I)
    part = re.sub(r"\bIS\s+(?!NOT\b|NULL\b|DISTINCT\b|TRUE\b|FALSE\b)", "IS NOT DISTINCT FROM ", part, flags=re.I)
    part = re.sub(r"\bLIKE\b", "ILIKE", part)  # SQLite's LIKE ignores ASCII case
    part = re.sub(r"\bAS\s+INTEGER\)", "AS BIGINT)", part, flags=re.I)
    part = re.sub(r"\bAS\s+REAL\)", "AS DOUBLE PRECISION)", part, flags=re.I)
    return part


@functools.lru_cache(maxsize=4096)
def to_postgres(sql: str) -> str:
    """One statement of the table modules' SQLite dialect in PostgreSQL's."""
    stripped = sql.strip()
    if re.fullmatch(r"BEGIN(\s+(IMMEDIATE|DEFERRED|EXCLUSIVE))?", stripped, re.I):
        return "BEGIN"
    translated = _qualified_updates(_insert_or(stripped))
    translated = _outside_strings(translated, _words)
    translated = _functions(translated)
    # "value = CAST(value AS INTEGER) + 1" on a TEXT column: PostgreSQL does not turn the number back into text
    translated = re.sub(
        r"(\bvalue\s*=\s*)(CAST\((?:\w+\.)?value AS BIGINT\)\s*\+\s*1)", r"\1(\2)::text", translated, flags=re.I
    )
    translated = re.sub(r"\bLIMIT\s+\?", "LIMIT NULLIF(?, -1)", translated, flags=re.I)  # SQLite: -1 is no limit
    return _numbered_placeholders(translated)


def returns_new_id(sql: str) -> bool:
    """An INSERT of one row into an identity table: on PostgreSQL it gets RETURNING id, for lastrowid."""
    match = re.match(r"\s*INSERT\s+(?:OR\s+\w+\s+)?INTO\s+(\w+)", sql, re.I)
    return bool(match and match.group(1) in IDENTITY_TABLES and not re.search(r"\bRETURNING\b", sql, re.I))


def postgres_ddl(script: str) -> str:
    """A migration's SQLite text as PostgreSQL's: column types, DROP TRIGGER's table, then `to_postgres`'s
    words and functions. Triggers come in PostgreSQL's form already (`journal_trigger`, `PG_TRIGGERS`)."""
    script = re.sub(r"\bINTEGER\s+PRIMARY\s+KEY\b", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", script)
    script = re.sub(r"\bINTEGER\b", "BIGINT", script)
    script = re.sub(r"\bREAL\b", "DOUBLE PRECISION", script)
    script = re.sub(r"\bBLOB\b", "BYTEA", script)
    script = re.sub(r"\)\s*WITHOUT\s+ROWID", ")", script)
    script = re.sub(r"DROP TRIGGER (journal_(\w+)_(insert|update|delete));", r"DROP TRIGGER \1 ON \2;", script)
    script = re.sub(r"DROP TRIGGER (secret_settings_scrub);", r"DROP TRIGGER \1 ON secret_settings;", script)
    return _functions(_outside_strings(script, _words))


def row_json(row: str, columns, dialect: str) -> str:
    """SQL for a row's columns as a JSON object (the journal's form). SQLite: a REAL as 17 significant digits of
    text, so undo puts back the very same number; PostgreSQL's jsonb keeps a double exactly as it is."""
    if dialect == POSTGRES:
        prefix = f"{row}." if row else ""
        return "jsonb_build_object(" + ", ".join(f"'{c}', {prefix}{c}" for c in columns) + ")::text"
    prefix = f"{row}." if row else ""
    return (
        "json_object("
        + ", ".join(
            f"'{c}', CASE WHEN typeof({prefix}{c}) = 'real' THEN printf('%!.17g', {prefix}{c}) ELSE {prefix}{c} END"
            for c in columns
        )
        + ")"
    )


def secret_json(row: str, keys, dialect: str) -> str:
    """A secret row in the journal: its key columns and "secret": true."""
    if dialect == POSTGRES:
        return "jsonb_build_object(" + ", ".join(f"'{c}', {row}.{c}" for c in keys) + ", 'secret', true)::text"
    return "json_object(" + ", ".join(f"'{c}', {row}.{c}" for c in keys) + ", 'secret', json('true'))"


def journal_trigger(name: str, event: str, table: str, when: list[str], body: str, dialect: str) -> str:
    """A row trigger `name` running `body` (one INSERT) `event` (AFTER INSERT, AFTER UPDATE OF ...) on `table`
    while all of `when` hold. PostgreSQL's form is a function plus a trigger, with the condition inside the
    function (a trigger's WHEN may not hold a subquery there)."""
    if dialect == SQLITE:
        return f"""
    CREATE TRIGGER {name} {event} ON {table} WHEN {" AND ".join(when)}
    BEGIN
        {body};
    END;
    """
    condition = _outside_strings(
        " AND ".join(when), lambda part: re.sub(r"\bIS\s+NOT\s+(?!NULL\b)", "IS DISTINCT FROM ", part)
    )
    return f"""
    CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
        IF {condition} THEN
            {body};
        END IF;
        RETURN NULL;
    END $fn$;
    CREATE TRIGGER {name} {event} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}();
    """


def skip_locked_rows(alias: str, dialect: str) -> str:
    """Ends a SELECT of rows to claim: on PostgreSQL it locks them, passing over rows another transaction holds;
    SQLite's one writer needs nothing."""
    return f" FOR UPDATE OF {alias} SKIP LOCKED" if dialect == POSTGRES else ""


def now_epoch(dialect: str) -> str:
    """SQL for the current time in Unix seconds, as a float."""
    if dialect == POSTGRES:
        return "extract(epoch from clock_timestamp())::double precision"
    return "(julianday('now') - 2440587.5) * 86400.0"


# Before PostgreSQL's first migration: what SQLite has built in and the table modules use. SUM over a comparison
# (SQLite's booleans are the integers 0 and 1).
PG_PRELUDE = """
    CREATE FUNCTION mailmoat_add_boolean(bigint, boolean) RETURNS bigint LANGUAGE sql IMMUTABLE
        AS 'SELECT $1 + $2::int';
    CREATE AGGREGATE sum(boolean) (SFUNC = mailmoat_add_boolean, STYPE = bigint, INITCOND = '0');
"""

# The triggers written by hand in migrations.py, in PostgreSQL's form.
PG_SECRET_SCRUB = """
    CREATE OR REPLACE FUNCTION secret_settings_scrub() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
        UPDATE journal SET
            before = CASE WHEN before IS NULL THEN NULL
                     ELSE jsonb_build_object('key', NEW.key, 'secret', true)::text END,
            after = CASE WHEN after IS NULL THEN NULL ELSE jsonb_build_object('key', NEW.key, 'secret', true)::text END
        WHERE tbl = 'settings' AND key::jsonb ->> 'key' = NEW.key;
        RETURN NULL;
    END $fn$;
    CREATE TRIGGER secret_settings_scrub AFTER INSERT ON secret_settings FOR EACH ROW
        EXECUTE FUNCTION secret_settings_scrub();
"""

PG_BAYES_TRIGGERS = """
    CREATE OR REPLACE FUNCTION bayes_trainings_learn() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
        INSERT INTO bayes_tokens(token, spam, ham)
        SELECT value, count(*) * (NEW.label = 'spam')::int, count(*) * (NEW.label = 'ham')::int
        FROM jsonb_array_elements_text(NEW.tokens::jsonb) AS t(value) GROUP BY value
        ON CONFLICT(token) DO UPDATE SET spam = bayes_tokens.spam + excluded.spam,
                                         ham = bayes_tokens.ham + excluded.ham;
        UPDATE bayes_totals SET spam = spam + (NEW.label = 'spam')::int, ham = ham + (NEW.label = 'ham')::int,
                                version = version + 1 WHERE id = 1;
        RETURN NULL;
    END $fn$;
    CREATE TRIGGER bayes_trainings_learn AFTER INSERT ON bayes_trainings FOR EACH ROW
        EXECUTE FUNCTION bayes_trainings_learn();
    CREATE OR REPLACE FUNCTION bayes_trainings_unlearn() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
        UPDATE bayes_tokens SET spam = GREATEST(0, spam - (OLD.label = 'spam')::int),
                                ham = GREATEST(0, ham - (OLD.label = 'ham')::int)
        WHERE token IN (SELECT jsonb_array_elements_text(OLD.tokens::jsonb));
        DELETE FROM bayes_tokens WHERE spam = 0 AND ham = 0
            AND token IN (SELECT jsonb_array_elements_text(OLD.tokens::jsonb));
        UPDATE bayes_totals SET spam = GREATEST(0, spam - (OLD.label = 'spam')::int),
                                ham = GREATEST(0, ham - (OLD.label = 'ham')::int),
                                version = version + 1 WHERE id = 1;
        RETURN NULL;
    END $fn$;
    CREATE TRIGGER bayes_trainings_unlearn AFTER DELETE ON bayes_trainings FOR EACH ROW
        EXECUTE FUNCTION bayes_trainings_unlearn();
"""


# PostgreSQL's hot reload: a committed change to a policy table NOTIFYs this channel (the payload is the table),
# and every gateway LISTENs on it (store/notices.py) instead of polling.
POLICY_CHANNEL = "mailmoat_policy"


def policy_notify_triggers(tables: dict[str, tuple[str, ...]]) -> str:
    """Row triggers that NOTIFY `POLICY_CHANNEL` when a policy table changes: each table with its quiet columns,
    the gateway's own counters (a rule's hits, an account's last login), whose update alone is no policy change.
    The settings that are not policy (internal.*, ui.*) stay quiet too. PostgreSQL folds a transaction's
    identical notices into one, delivered at its commit."""
    sql = [
        f"""
    CREATE OR REPLACE FUNCTION mailmoat_policy_notify() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
        PERFORM pg_notify('{POLICY_CHANNEL}', TG_TABLE_NAME);
        RETURN NULL;
    END $fn$;
    """
    ]
    for table, quiet in tables.items():
        without_quiet = "".join(f" - '{column}'" for column in quiet)
        changed = f"(to_jsonb(OLD){without_quiet}) IS DISTINCT FROM (to_jsonb(NEW){without_quiet})"
        policy = {row: "" for row in ("NEW", "OLD")}
        if table == "settings":
            policy = {row: f" AND {row}.key NOT LIKE 'internal.%' AND {row}.key NOT LIKE 'ui.%'" for row in policy}
        sql.append(
            f"""
    CREATE TRIGGER policy_notify_{table}_insert AFTER INSERT ON {table} FOR EACH ROW
        WHEN (true{policy["NEW"]}) EXECUTE FUNCTION mailmoat_policy_notify();
    CREATE TRIGGER policy_notify_{table}_update AFTER UPDATE ON {table} FOR EACH ROW
        WHEN ({changed}{policy["NEW"]}) EXECUTE FUNCTION mailmoat_policy_notify();
    CREATE TRIGGER policy_notify_{table}_delete AFTER DELETE ON {table} FOR EACH ROW
        WHEN (true{policy["OLD"]}) EXECUTE FUNCTION mailmoat_policy_notify();
    """
        )
    return "".join(sql)


# The guards' counters on PostgreSQL (store/guard_counts.py): a batch of one node's counting steps in one round
# trip, in order. A take sums the key's buckets under an advisory lock on the key, held to the end of the call's
# transaction, so that two nodes never both take the last place. Returns the positions of the takes refused.
PG_GUARD_APPLY = """
    CREATE OR REPLACE FUNCTION guard_apply(steps jsonb) RETURNS SETOF integer LANGUAGE plpgsql AS $fn$
    DECLARE
        step jsonb;
        step_no integer := -1;
        total bigint;
    BEGIN
        FOR step IN SELECT value FROM jsonb_array_elements(steps) AS s(value) LOOP
            step_no := step_no + 1;
            IF step->>0 = 'take' THEN
                PERFORM pg_advisory_xact_lock(hashtextextended((step->>1) || chr(31) || (step->>2), 0));
                SELECT coalesce(sum(amount), 0) INTO total FROM guard_counts
                    WHERE kind = step->>1 AND key = step->>2 AND bucket >= (step->>7)::bigint;
                IF total >= (step->>6)::bigint THEN
                    RETURN NEXT step_no;
                    CONTINUE;
                END IF;
            END IF;
            IF step->>0 = 'add' OR step->>0 = 'take' THEN
                INSERT INTO guard_counts(kind, key, bucket, amount, expires)
                    VALUES(step->>1, step->>2, (step->>3)::bigint, (step->>4)::bigint, (step->>5)::double precision)
                    ON CONFLICT(kind, key, bucket) DO UPDATE SET amount = guard_counts.amount + excluded.amount,
                        expires = GREATEST(guard_counts.expires, excluded.expires);
            ELSIF step->>0 = 'clear' THEN
                DELETE FROM guard_counts WHERE kind = step->>1 AND key = step->>2;
            ELSIF step->>0 = 'set' THEN
                INSERT INTO guard_values(kind, key, value, expires)
                    VALUES(step->>1, step->>2, (step->>3)::double precision, (step->>4)::double precision)
                    ON CONFLICT(kind, key) DO UPDATE SET value = excluded.value, expires = excluded.expires;
            END IF;
        END LOOP;
    END $fn$;
"""


def file_beside(target: str, suffix: str) -> str:
    """A file that belongs with the database at `target` (its TLS key, say): beside an SQLite file; for a
    PostgreSQL URL, in the current directory, named after the database (each node keeps its own)."""
    if is_postgres_url(target):
        name = re.sub(r"[^\w.-]", "_", target.rsplit("/", 1)[-1].split("?")[0]) or "postgres"
        return os.path.abspath(f"mailmoat-{name}{suffix}")
    return os.path.splitext(os.path.abspath(target))[0] + suffix
