"""`mailmoat migrate --from FILE --to URL`: a site's SQLite database copied into PostgreSQL, counts verified."""

from __future__ import annotations

import argparse

from ..store.database import Store, StoreError, display_target
from ..store.dialect import is_postgres_url
from ..store.transfer import copy_to_postgres
from ..usage import UsageError


def add_parsers(commands) -> None:
    migrate = commands.add_parser(
        "migrate", help="copy an SQLite database into an empty PostgreSQL database and verify the row counts"
    )
    migrate.add_argument("--from", dest="source", required=True, metavar="FILE", help="the site's SQLite database")
    migrate.add_argument("--to", dest="target", required=True, metavar="URL", help="postgresql://user@host/dbname")


async def run(args: argparse.Namespace) -> int:
    if is_postgres_url(args.source):
        raise UsageError("mailmoat migrate: --from takes an SQLite database file, not a URL")
    if not is_postgres_url(args.target):
        raise UsageError(f"mailmoat migrate: --to takes a postgresql:// URL, not {args.target!r}")
    source = await Store.open(args.source, create=False)
    try:
        target = await Store.open(args.target)
        try:
            counts = await copy_to_postgres(source, target)
        finally:
            await target.close()
    except StoreError as exc:
        raise StoreError(f"migrate: {exc}") from None
    finally:
        await source.close()
    width = max(len("table"), *(len(count.table) for count in counts))
    print(f"{'table':<{width}}  {'sqlite':>9}  {'postgres':>9}")
    for count in counts:
        print(f"{count.table:<{width}}  {count.source:>9}  {count.target:>9}")
    total = sum(count.target for count in counts)
    print(f"copied {total} rows in {len(counts)} tables to {display_target(args.target)}; every count matches")
    return 0
