"""The rooms' rule that import-linter cannot see: only app/store/ speaks SQL. No module elsewhere calls the
store's raw statements (Store._fetchall, _fetchone, _execute) or holds an SQL statement of its own."""

from __future__ import annotations

import ast
import re
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"
RAW = {"_fetchall", "_fetchone", "_execute", "fetchall", "fetchone", "execute_fetchall", "executemany"}  # and SQL below
SQL = re.compile(
    r"^\s*(SELECT\s.+\sFROM\s|INSERT\s+(OR\s+\w+\s+)?INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s|"
    r"CREATE\s+(TABLE|INDEX|TRIGGER)\s|PRAGMA\s)",
    re.IGNORECASE | re.DOTALL,
)


def _outside_store():
    for path in sorted(APP.rglob("*.py")):
        if "store" not in path.relative_to(APP).parts[:1]:
            yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def test_no_module_outside_store_runs_raw_statements():
    calls = [
        f"{path.relative_to(APP.parent)}:{node.lineno} .{node.func.attr}()"
        for path, tree in _outside_store()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in RAW
    ]
    assert calls == []


def test_no_module_outside_store_holds_sql():
    statements = [
        f"{path.relative_to(APP.parent)}:{node.lineno} {node.value[:60]!r}"
        for path, tree in _outside_store()
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.match(node.value)
    ]
    assert statements == []


def test_the_guard_sees_a_raw_call_and_a_statement():
    tree = ast.parse("async def f(store):\n    await store._execute('DELETE FROM events')\n")
    assert any(isinstance(n, ast.Call) and getattr(n.func, "attr", "") in RAW for n in ast.walk(tree))
    assert any(isinstance(n, ast.Constant) and isinstance(n.value, str) and SQL.match(n.value) for n in ast.walk(tree))
