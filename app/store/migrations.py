"""Numbered schema migrations, written once for SQLite and PostgreSQL (dialect.py holds what differs).
SQLite's PRAGMA user_version, PostgreSQL's schema_version table, holds the number applied last."""

from .dialect import (
    PG_BAYES_TRIGGERS,
    PG_GUARD_APPLY,
    PG_PRELUDE,
    PG_SECRET_SCRUB,
    POSTGRES,
    SQLITE,
    journal_trigger,
    now_epoch,
    policy_notify_triggers,
    postgres_ddl,
    row_json,
    secret_json,
)

# Policy tables and what the journal records of them: (table, key columns, columns, columns whose update
# is a policy change (counters such as hits are not), extra WHEN condition). Frozen with migration 10.
_JOURNALED = [
    ("settings", ("key",), ("key", "value"), ("value",), "{row}.key NOT LIKE 'internal.%'"),
    ("local_domains", ("name",), ("name", "created"), ("name",), ""),
    ("trusted_networks", ("cidr",), ("cidr", "comment", "created"), ("cidr", "comment"), ""),
    ("relay_routes", ("domain",), ("domain", "nexthop", "created"), ("nexthop",), ""),
    ("sender_relay_exceptions", ("domain",), ("domain", "created"), ("domain",), ""),
    (
        "list_entries",
        ("id",),
        ("id", "list", "kind", "value", "subdomains", "scope", "action", "comment", "created", "expires"),
        ("list", "kind", "value", "subdomains", "scope", "action", "comment", "expires"),
        "",
    ),
    ("dnsbl_zones", ("zone",), ("zone", "kind", "weight", "codes", "created"), ("kind", "weight", "codes"), ""),
    (
        "content_rules",
        ("id",),
        (
            "id",
            "name",
            "field",
            "pattern",
            "is_regex",
            "category",
            "score",
            "action",
            "enabled",
            "mode",
            "comment",
            "created",
        ),
        ("name", "field", "pattern", "is_regex", "category", "score", "action", "enabled", "mode", "comment"),
        "",
    ),
    (
        "accounts",
        ("address",),
        (
            "address",
            "password_hash",
            "enabled",
            "expires",
            "networks",
            "allow_weak",
            "findings",
            "created",
            "password_changed",
        ),
        ("password_hash", "enabled", "expires", "networks", "allow_weak"),
        "",
    ),
    ("account_aliases", ("alias",), ("alias", "address"), ("address",), ""),
    (
        "sender_limits",
        ("key",),
        ("key", "per_minute", "per_hour", "per_day"),
        ("per_minute", "per_hour", "per_day"),
        "",
    ),
    ("held_senders", ("sender",), ("sender", "since", "reason"), ("reason",), ""),
    ("recipients", ("address",), ("address", "domain", "source", "created"), ("source",), ""),
]


def _journal_migration(dialect: str) -> str:
    """The journal and one trigger per policy table and operation. A trigger writes only while a writer has
    named itself in journal_context (the CLI and the dashboard do; the gateway's own bookkeeping does not)."""
    sql = [
        """
    CREATE TABLE journal (
        id     INTEGER PRIMARY KEY,
        ts     REAL NOT NULL,
        actor  TEXT NOT NULL,
        change INTEGER NOT NULL,
        tbl    TEXT NOT NULL,
        op     TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
        key    TEXT NOT NULL,
        before TEXT,
        after  TEXT
    );
    CREATE INDEX journal_change ON journal(change);
    CREATE TABLE journal_context (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        actor       TEXT,
        change      INTEGER,
        last_change INTEGER NOT NULL DEFAULT 0
    );
    INSERT INTO journal_context(id, actor, change) VALUES (1, NULL, NULL);
    """
    ]
    for spec in _JOURNALED:
        sql.append(_journal_triggers(*spec, dialect=dialect))
    return "".join(sql)


def _obj(row: str, names, keys=(), secret: str = "", dialect: str = SQLITE) -> str:
    """A row as JSON (dialect.row_json). Where `secret` holds for the row: only its key columns, and
    "secret": true."""
    whole = row_json(row, names, dialect)
    if not secret:
        return whole
    return f"CASE WHEN {secret.format(row=row)} THEN {secret_json(row, keys, dialect)} ELSE {whole} END"


def _journal_triggers(table: str, keys, columns, changing, extra: str, secret: str = "", dialect: str = SQLITE) -> str:
    """The insert, update and delete triggers that journal one table. Where `secret` holds for a row, the
    journal keeps only its key columns and `"secret": true`, never the values."""
    sql = []
    active = "(SELECT actor FROM journal_context WHERE id = 1) IS NOT NULL"
    for op, row in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")):
        when = [active] + ([extra.format(row=row)] if extra else [])
        event = f"AFTER {op.upper()}"
        if op == "update":
            event = f"AFTER UPDATE OF {', '.join(changing)}"
            when.append("(" + " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in changing) + ")")
        before = _obj("OLD", columns, keys, secret, dialect) if op != "insert" else "NULL"
        after = _obj("NEW", columns, keys, secret, dialect) if op != "delete" else "NULL"
        body = f"""INSERT INTO journal(ts, actor, change, tbl, op, key, before, after)
        SELECT {now_epoch(dialect)}, actor, change, '{table}', '{op}', {_obj(row, keys, dialect=dialect)},
               {before}, {after}
        FROM journal_context WHERE id = 1"""
        sql.append(journal_trigger(f"journal_{table}_{op}", event, table, when, body, dialect))
    return "".join(sql)


# The hand-written triggers in SQLite's form; their PostgreSQL form is in dialect.py.
_SECRET_SCRUB = """
    CREATE TRIGGER secret_settings_scrub AFTER INSERT ON secret_settings
    BEGIN
        UPDATE journal SET
            before = CASE WHEN before IS NULL THEN NULL ELSE json_object('key', NEW.key, 'secret', json('true')) END,
            after = CASE WHEN after IS NULL THEN NULL ELSE json_object('key', NEW.key, 'secret', json('true')) END
        WHERE tbl = 'settings' AND json_extract(key, '$.key') = NEW.key;
    END;
"""

_BAYES_TRIGGERS = """
    CREATE TRIGGER bayes_trainings_learn AFTER INSERT ON bayes_trainings
    BEGIN
        INSERT INTO bayes_tokens(token, spam, ham)
        SELECT value, NEW.label = 'spam', NEW.label = 'ham' FROM json_each(NEW.tokens) WHERE true
        ON CONFLICT(token) DO UPDATE SET spam = spam + excluded.spam, ham = ham + excluded.ham;
        UPDATE bayes_totals SET spam = spam + (NEW.label = 'spam'), ham = ham + (NEW.label = 'ham'),
                                version = version + 1 WHERE id = 1;
    END;
    CREATE TRIGGER bayes_trainings_unlearn AFTER DELETE ON bayes_trainings
    BEGIN
        UPDATE bayes_tokens SET spam = max(0, spam - (OLD.label = 'spam')), ham = max(0, ham - (OLD.label = 'ham'))
        WHERE token IN (SELECT value FROM json_each(OLD.tokens));
        DELETE FROM bayes_tokens WHERE spam = 0 AND ham = 0 AND token IN (SELECT value FROM json_each(OLD.tokens));
        UPDATE bayes_totals SET spam = max(0, spam - (OLD.label = 'spam')), ham = max(0, ham - (OLD.label = 'ham')),
                                version = version + 1 WHERE id = 1;
    END;
"""


def _migrations(dialect: str) -> list[str]:
    """The migrations in `dialect`; PostgreSQL's text still goes through dialect.postgres_ddl."""
    return [
        # 1: the gateway core
        (PG_PRELUDE if dialect == POSTGRES else "")
        + """
    CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE local_domains (
        name    TEXT PRIMARY KEY,
        created REAL NOT NULL
    );
    CREATE TABLE trusted_networks (
        cidr    TEXT PRIMARY KEY,
        comment TEXT NOT NULL DEFAULT '',
        created REAL NOT NULL
    );
    CREATE TABLE relay_routes (
        domain  TEXT PRIMARY KEY,
        nexthop TEXT NOT NULL,
        created REAL NOT NULL
    );
    CREATE TABLE sender_relay_exceptions (
        domain  TEXT PRIMARY KEY,
        created REAL NOT NULL
    );
    CREATE TABLE queue_messages (
        id        TEXT PRIMARY KEY,
        created   REAL NOT NULL,
        sender    TEXT NOT NULL,
        client_ip TEXT NOT NULL,
        helo      TEXT NOT NULL,
        size      INTEGER NOT NULL,
        held      INTEGER NOT NULL DEFAULT 0,
        is_bounce INTEGER NOT NULL DEFAULT 0,
        content   BLOB NOT NULL
    );
    CREATE TABLE queue_recipients (
        message_id   TEXT NOT NULL REFERENCES queue_messages(id) ON DELETE CASCADE,
        recipient    TEXT NOT NULL,
        route        TEXT NOT NULL,
        state        TEXT NOT NULL DEFAULT 'pending',
        attempts     INTEGER NOT NULL DEFAULT 0,
        next_attempt REAL NOT NULL,
        last_error   TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (message_id, recipient)
    );
    CREATE INDEX queue_recipients_due ON queue_recipients(state, next_attempt);
    CREATE TABLE events (
        id        INTEGER PRIMARY KEY,
        ts        REAL NOT NULL,
        session   TEXT NOT NULL,
        kind      TEXT NOT NULL,
        stage     TEXT NOT NULL DEFAULT '',
        check_name TEXT NOT NULL DEFAULT '',
        verdict   TEXT NOT NULL DEFAULT '',
        client_ip TEXT NOT NULL DEFAULT '',
        helo      TEXT NOT NULL DEFAULT '',
        sender    TEXT NOT NULL DEFAULT '',
        recipient TEXT NOT NULL DEFAULT '',
        reply     TEXT NOT NULL DEFAULT '',
        reason    TEXT NOT NULL DEFAULT '',
        rule      TEXT NOT NULL DEFAULT '',
        queue_id  TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX events_ts ON events(ts);
    CREATE INDEX events_session ON events(session);
    """,
        # 2: the dashboard: which gateway process is alive
        """
    CREATE TABLE gateway_status (
        id        INTEGER PRIMARY KEY CHECK (id = 1),
        pid       INTEGER NOT NULL,
        listen    TEXT NOT NULL,
        started   REAL NOT NULL,
        heartbeat REAL NOT NULL
    );
    """,
        # 3: block and allow lists
        """
    CREATE TABLE list_entries (
        id         INTEGER PRIMARY KEY,
        list       TEXT NOT NULL CHECK (list IN ('block', 'allow')),
        kind       TEXT NOT NULL CHECK (kind IN ('ip', 'email', 'domain', 'user')),
        value      TEXT NOT NULL,
        subdomains INTEGER NOT NULL DEFAULT 0,
        scope      TEXT NOT NULL DEFAULT '',
        action     TEXT NOT NULL DEFAULT 'reject',
        comment    TEXT NOT NULL DEFAULT '',
        created    REAL NOT NULL,
        expires    REAL,
        hits       INTEGER NOT NULL DEFAULT 0,
        last_hit   REAL,
        UNIQUE (list, kind, value, scope)
    );
    """,
        # 4: DNS blocklists (client IP) and RHSBLs (sender domain)
        """
    CREATE TABLE dnsbl_zones (
        zone    TEXT PRIMARY KEY,
        kind    TEXT NOT NULL DEFAULT 'ip' CHECK (kind IN ('ip', 'domain')),
        weight  REAL NOT NULL DEFAULT 1.0,
        codes   TEXT NOT NULL DEFAULT '',
        created REAL NOT NULL
    );
    """,
        # 5: greylisting: triplets seen, and client networks that retried properly
        """
    CREATE TABLE greylist (
        client_net TEXT NOT NULL,
        sender     TEXT NOT NULL,
        recipient  TEXT NOT NULL,
        first_seen REAL NOT NULL,
        PRIMARY KEY (client_net, sender, recipient)
    );
    CREATE TABLE greylist_passed (
        client_net TEXT PRIMARY KEY,
        until      REAL NOT NULL
    );
    """,
        # 6: dns.nameserver became dns.nameservers, a list
        """
    UPDATE settings SET key = 'dns.nameservers' WHERE key = 'dns.nameserver';
    """,
        # 7: content rules and the quarantine
        """
    CREATE TABLE content_rules (
        id       INTEGER PRIMARY KEY,
        name     TEXT NOT NULL UNIQUE,
        field    TEXT NOT NULL,
        pattern  TEXT NOT NULL,
        is_regex INTEGER NOT NULL DEFAULT 0,
        category TEXT NOT NULL,
        score    REAL NOT NULL DEFAULT 0,
        action   TEXT,
        enabled  INTEGER NOT NULL DEFAULT 1,
        mode     TEXT NOT NULL DEFAULT 'enforce',
        comment  TEXT NOT NULL DEFAULT '',
        created  REAL NOT NULL,
        hits     INTEGER NOT NULL DEFAULT 0,
        last_hit REAL
    );
    CREATE TABLE quarantine (
        id         TEXT PRIMARY KEY,
        created    REAL NOT NULL,
        expires    REAL NOT NULL,
        sender     TEXT NOT NULL,
        recipients TEXT NOT NULL,
        client_ip  TEXT NOT NULL,
        helo       TEXT NOT NULL,
        subject    TEXT NOT NULL,
        score      REAL NOT NULL,
        rules      TEXT NOT NULL,
        size       INTEGER NOT NULL,
        content    BLOB NOT NULL
    );
    CREATE INDEX quarantine_expires ON quarantine(expires);
    CREATE TABLE content_samples (
        id          INTEGER PRIMARY KEY,
        ts          REAL NOT NULL,
        session     TEXT NOT NULL,
        sender      TEXT NOT NULL,
        recipients  TEXT NOT NULL,
        subject     TEXT NOT NULL,
        headers     TEXT NOT NULL,
        body        TEXT NOT NULL,
        attachments TEXT NOT NULL,
        score       REAL NOT NULL,
        verdict     TEXT NOT NULL
    );
    CREATE INDEX content_samples_ts ON content_samples(ts);
    """,
        # 8: SMTP AUTH accounts, per-sender limits, alerts, and the outbound monitor's saved baselines
        """
    CREATE TABLE accounts (
        address          TEXT PRIMARY KEY,
        password_hash    TEXT NOT NULL,
        enabled          INTEGER NOT NULL DEFAULT 1,
        expires          REAL,
        networks         TEXT NOT NULL DEFAULT '',
        allow_weak       INTEGER NOT NULL DEFAULT 0,
        findings         TEXT NOT NULL DEFAULT '',
        created          REAL NOT NULL,
        password_changed REAL NOT NULL,
        last_login       REAL,
        last_send        REAL
    );
    CREATE TABLE account_aliases (
        alias   TEXT PRIMARY KEY,
        address TEXT NOT NULL REFERENCES accounts(address) ON DELETE CASCADE
    );
    CREATE TABLE sender_limits (
        key        TEXT PRIMARY KEY,
        per_minute INTEGER,
        per_hour   INTEGER,
        per_day    INTEGER
    );
    CREATE TABLE alerts (
        id       INTEGER PRIMARY KEY,
        created  REAL NOT NULL,
        kind     TEXT NOT NULL,
        subject  TEXT NOT NULL,
        severity TEXT NOT NULL,
        summary  TEXT NOT NULL,
        details  TEXT NOT NULL DEFAULT '',
        acked    REAL
    );
    CREATE INDEX alerts_open ON alerts(acked, created);
    CREATE TABLE monitor_state (
        name  TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE held_senders (
        sender TEXT PRIMARY KEY,
        since  REAL NOT NULL,
        reason TEXT NOT NULL
    );
    """,
        # 9: recipient validation: the addresses and aliases that exist, by local domain
        """
    CREATE TABLE recipients (
        address TEXT PRIMARY KEY,
        domain  TEXT NOT NULL,
        source  TEXT NOT NULL DEFAULT '',
        created REAL NOT NULL
    );
    CREATE INDEX recipients_domain ON recipients(domain);
    """,
        # 10: the journal of policy changes (who, when, before and after), written by triggers
        _journal_migration(dialect),
        # 11: the relay self-test's results, one row per run
        """
    CREATE TABLE relay_selftests (
        id       INTEGER PRIMARY KEY,
        ts       REAL NOT NULL,
        trigger  TEXT NOT NULL,
        outcome  TEXT NOT NULL CHECK (outcome IN ('closed', 'OPEN', 'skipped', 'failed')),
        accepted TEXT NOT NULL DEFAULT '',
        detail   TEXT NOT NULL DEFAULT ''
    );
    """,
        # 12: monitor mode for block and allow entries, and since when a rule or an entry is monitored
        """
    ALTER TABLE list_entries ADD COLUMN mode TEXT NOT NULL DEFAULT 'enforce';
    ALTER TABLE list_entries ADD COLUMN mode_since REAL;
    ALTER TABLE content_rules ADD COLUMN mode_since REAL;
    DROP TRIGGER journal_list_entries_insert;
    DROP TRIGGER journal_list_entries_update;
    DROP TRIGGER journal_list_entries_delete;
    DROP TRIGGER journal_content_rules_insert;
    DROP TRIGGER journal_content_rules_update;
    DROP TRIGGER journal_content_rules_delete;
    """
        + _journal_triggers(
            "list_entries",
            ("id",),
            (
                "id",
                "list",
                "kind",
                "value",
                "subdomains",
                "scope",
                "action",
                "comment",
                "created",
                "expires",
                "mode",
                "mode_since",
            ),
            ("list", "kind", "value", "subdomains", "scope", "action", "comment", "expires", "mode"),
            "",
            dialect=dialect,
        )
        + _journal_triggers(
            "content_rules",
            ("id",),
            (
                "id",
                "name",
                "field",
                "pattern",
                "is_regex",
                "category",
                "score",
                "action",
                "enabled",
                "mode",
                "comment",
                "created",
                "mode_since",
            ),
            ("name", "field", "pattern", "is_regex", "category", "score", "action", "enabled", "mode", "comment"),
            "",
            dialect=dialect,
        ),
        # 13: URI blocklists (link domains) as a third kind of DNS blocklist zone
        """
    CREATE TABLE dnsbl_zones_new (
        zone    TEXT PRIMARY KEY,
        kind    TEXT NOT NULL DEFAULT 'ip' CHECK (kind IN ('ip', 'domain', 'uri')),
        weight  REAL NOT NULL DEFAULT 1.0,
        codes   TEXT NOT NULL DEFAULT '',
        created REAL NOT NULL
    );
    INSERT INTO dnsbl_zones_new(zone, kind, weight, codes, created)
        SELECT zone, kind, weight, codes, created FROM dnsbl_zones;
    DROP TABLE dnsbl_zones;
    ALTER TABLE dnsbl_zones_new RENAME TO dnsbl_zones;
    """
        + _journal_triggers(
            "dnsbl_zones",
            ("zone",),
            ("zone", "kind", "weight", "codes", "created"),
            ("kind", "weight", "codes"),
            "",
            dialect=dialect,
        ),
        # 14: secret settings (SettingSpec.secret, recorded here by the store on open) never reach the journal:
        # their rows are journaled as changed, without a value, and marking a key secret scrubs its past values
        """
    CREATE TABLE secret_settings (
        key TEXT PRIMARY KEY
    );
    """
        + (_SECRET_SCRUB if dialect == SQLITE else PG_SECRET_SCRUB)
        + """
    DROP TRIGGER journal_settings_insert;
    DROP TRIGGER journal_settings_update;
    DROP TRIGGER journal_settings_delete;
    """
        + _journal_triggers(
            "settings",
            ("key",),
            ("key", "value"),
            ("value",),
            "{row}.key NOT LIKE 'internal.%'",
            secret="{row}.key IN (SELECT key FROM secret_settings)",
            dialect=dialect,
        ),
        # 15: a keyword rule may match whole words only (`mailmoat rule add --word`)
        """
    ALTER TABLE content_rules ADD COLUMN word INTEGER NOT NULL DEFAULT 0;
    DROP TRIGGER journal_content_rules_insert;
    DROP TRIGGER journal_content_rules_update;
    DROP TRIGGER journal_content_rules_delete;
    """
        + _journal_triggers(
            "content_rules",
            ("id",),
            (
                "id",
                "name",
                "field",
                "pattern",
                "is_regex",
                "category",
                "score",
                "action",
                "enabled",
                "mode",
                "comment",
                "created",
                "mode_since",
                "word",
            ),
            (
                "name",
                "field",
                "pattern",
                "is_regex",
                "category",
                "score",
                "action",
                "enabled",
                "mode",
                "comment",
                "word",
            ),
            "",
            dialect=dialect,
        ),
        # 16: DKIM signing keys, one active per domain (a pending one waits for its DNS record during a
        # rotation). No journal triggers: a private key must never be copied into the journal.
        """
    CREATE TABLE dkim_keys (
        domain      TEXT NOT NULL,
        selector    TEXT NOT NULL,
        algorithm   TEXT NOT NULL CHECK (algorithm IN ('rsa', 'ed25519')),
        private_key TEXT NOT NULL,
        state       TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'pending')),
        created     REAL NOT NULL,
        PRIMARY KEY (domain, selector)
    );
    CREATE UNIQUE INDEX dkim_keys_one_active ON dkim_keys(domain) WHERE state = 'active';
    """,
        # 17: the statistical filter: token counts (starter model plus what was learned), totals, and one row per
        # training act (journaled: undoing it unlearns it, through the delete trigger)
        """
    CREATE TABLE bayes_tokens (
        token TEXT PRIMARY KEY,
        spam  INTEGER NOT NULL DEFAULT 0,
        ham   INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID;
    CREATE TABLE bayes_totals (
        id      INTEGER PRIMARY KEY CHECK (id = 1),
        spam    INTEGER NOT NULL DEFAULT 0,
        ham     INTEGER NOT NULL DEFAULT 0,
        version INTEGER NOT NULL DEFAULT 0
    );
    INSERT INTO bayes_totals(id) VALUES (1);
    CREATE TABLE bayes_trainings (
        id      INTEGER PRIMARY KEY,
        ts      REAL NOT NULL,
        label   TEXT NOT NULL CHECK (label IN ('spam', 'ham')),
        source  TEXT NOT NULL,
        subject TEXT NOT NULL DEFAULT '',
        digest  TEXT NOT NULL,
        tokens  TEXT NOT NULL
    );
    CREATE INDEX bayes_trainings_digest ON bayes_trainings(digest);
    """
        + (_BAYES_TRIGGERS if dialect == SQLITE else PG_BAYES_TRIGGERS)
        + _journal_triggers(
            "bayes_trainings",
            ("id",),
            ("id", "ts", "label", "source", "subject", "digest", "tokens"),
            ("label",),
            "",
            dialect=dialect,
        ),
        # 18: why the gateway turned a content rule off (a regex that ran into its time limit); cleared when the
        # rule is enabled or saved again
        """
    ALTER TABLE content_rules ADD COLUMN disabled_reason TEXT NOT NULL DEFAULT '';
    """,
        # 19: would-have hits of monitored entries and rules by id or name (promotion reads them, not the events'
        # formatted rule text); filled once from the events kept so far
        """
    CREATE TABLE monitor_hits (
        id         INTEGER PRIMARY KEY,
        ts         REAL NOT NULL,
        list_entry INTEGER,
        rule_name  TEXT,
        sender     TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX monitor_hits_ts ON monitor_hits(ts);
    CREATE INDEX monitor_hits_entry ON monitor_hits(list_entry) WHERE list_entry IS NOT NULL;
    CREATE INDEX monitor_hits_rule ON monitor_hits(rule_name) WHERE rule_name IS NOT NULL;
    INSERT INTO monitor_hits(ts, list_entry, sender)
        SELECT ts, CAST(substr(rule, length(rtrim(rule, '0123456789')) + 1) AS INTEGER), sender FROM events
        WHERE rule LIKE 'monitor:%list:%#%' AND rtrim(rule, '0123456789') LIKE '%#'
          AND length(rtrim(rule, '0123456789')) < length(rule);
    INSERT INTO monitor_hits(ts, rule_name, sender)
        SELECT e.ts, r.name, e.sender FROM events e JOIN content_rules r
        ON e.check_name = 'content' AND instr(e.rule, ' | monitor:') > 0
           AND (instr(substr(e.rule, instr(e.rule, ' | monitor:')), ':' || r.name || '(+') > 0
                OR instr(substr(e.rule, instr(e.rule, ' | monitor:')), ', ' || r.name || '(+') > 0);
    """,
        # 20: several gateway processes on one database (serve --workers): a recipient being delivered is claimed
        # by one worker until lease_until (renewed while it delivers); each worker announces itself with a heartbeat
        """
    ALTER TABLE queue_recipients ADD COLUMN claimed_by TEXT NOT NULL DEFAULT '';
    ALTER TABLE queue_recipients ADD COLUMN lease_until REAL NOT NULL DEFAULT 0;
    CREATE INDEX queue_recipients_claimed ON queue_recipients(claimed_by) WHERE claimed_by != '';
    ALTER TABLE events ADD COLUMN worker TEXT NOT NULL DEFAULT '';
    CREATE TABLE gateway_workers (
        worker    TEXT PRIMARY KEY,
        pid       INTEGER NOT NULL,
        listen    TEXT NOT NULL,
        started   REAL NOT NULL,
        heartbeat REAL NOT NULL
    );
    """,
        # 21: undo and redo as stacks: which change undid which (journal.undo records it); the dashboard's own
        # preferences (ui.theme, ui.screenshots) are not policy and leave the journal
        """
    CREATE TABLE journal_undos (
        change INTEGER PRIMARY KEY,
        undoes INTEGER NOT NULL
    );
    DELETE FROM journal WHERE tbl = 'settings' AND json_extract(key, '$.key') LIKE 'ui.%';
    DROP TRIGGER journal_settings_insert;
    DROP TRIGGER journal_settings_update;
    DROP TRIGGER journal_settings_delete;
    """
        + _journal_triggers(
            "settings",
            ("key",),
            ("key", "value"),
            ("value",),
            "{row}.key NOT LIKE 'internal.%' AND {row}.key NOT LIKE 'ui.%'",
            secret="{row}.key IN (SELECT key FROM secret_settings)",
            dialect=dialect,
        ),
        # 22: one alert per sender and incident: a repeat of an open alert updates it (how many times, when last)
        """
    ALTER TABLE alerts ADD COLUMN times INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE alerts ADD COLUMN last_seen REAL;
    UPDATE alerts SET last_seen = created;
    CREATE INDEX alerts_open_subject ON alerts(kind, subject) WHERE acked IS NULL;
    """,
        # 23: the gateway's status is derived from gateway_workers (one row per process, store/status.py)
        """
    DROP TABLE gateway_status;
    """,
        # 24: monitor state in parts, one per gateway process that learnt it (the workers of serve --workers each
        # learn from their share of the mail); `owner` is the process that holds the part now (store/monitor_state.py)
        """
    CREATE TABLE monitor_parts (
        name  TEXT NOT NULL,
        part  TEXT NOT NULL,
        owner TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (name, part)
    );
    INSERT INTO monitor_parts(name, part, owner, value) SELECT name, '', '', value FROM monitor_state;
    DROP TABLE monitor_state;
    """,
        # 25: PostgreSQL's hot reload: policy tables NOTIFY their changes (SQLite's gateways read data_version)
        ""
        if dialect == SQLITE
        else policy_notify_triggers(
            {table: () for table, *_spec in _JOURNALED}
            | {
                "list_entries": ("hits", "last_hit"),
                "content_rules": ("hits", "last_hit"),
                "accounts": ("last_login", "last_send", "findings"),
                "dkim_keys": (),
                "bayes_totals": (),
            }
        ),
        # 26: the guards' counts on PostgreSQL, one count for the whole cluster (store/guard_counts.py): hits per
        # (kind, key) in time buckets, and values with an expiry (a lockout's end); rows past `expires` are swept.
        # SQLite's gateways count in memory (or in serve --workers' shared table): the tables stay empty there.
        """
    CREATE TABLE guard_counts (
        kind    TEXT NOT NULL,
        key     TEXT NOT NULL,
        bucket  INTEGER NOT NULL,
        amount  INTEGER NOT NULL,
        expires REAL NOT NULL,
        PRIMARY KEY (kind, key, bucket)
    );
    CREATE INDEX guard_counts_expires ON guard_counts(expires);
    CREATE TABLE guard_values (
        kind    TEXT NOT NULL,
        key     TEXT NOT NULL,
        value   REAL NOT NULL,
        expires REAL NOT NULL,
        PRIMARY KEY (kind, key)
    );
    CREATE INDEX guard_values_expires ON guard_values(expires);
    """
        + (PG_GUARD_APPLY if dialect == POSTGRES else ""),
    ]


MIGRATIONS: list[str] = _migrations(SQLITE)
POSTGRES_MIGRATIONS: list[str] = [postgres_ddl(m) for m in _migrations(POSTGRES)]
