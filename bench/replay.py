"""The baselines' method: record the SQL the app runs, then run exactly that on a raw connection.

SQLite's trace callback reports each statement as executed, parameters bound. Replaying them
on a plain SQLCipher connection opened with the raw key does the same reads (or writes) with
none of the app's Python around them: the floor of that work.
"""
from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import sqlcipher3

from vault.storage import store, tuning


@contextlib.contextmanager
def recorded() -> Any:
    """Every SQL statement connections opened meanwhile run, as executed (parameters bound)."""
    statements: list[str] = []
    original = store._connect  # noqa: SLF001 - the bench looks inside on purpose

    def connect(*args: Any) -> Any:
        connection = original(*args)
        connection.set_trace_callback(statements.append)
        return connection

    store._connect = connect  # noqa: SLF001
    try:
        yield statements
    finally:
        store._connect = original  # noqa: SLF001


def reads_of(statements: list[str]) -> list[str]:
    """The queries among recorded statements (not the pragmas, checks and transactions around them)."""
    return [s for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))]


def raw_connection(path: Path, key_literal: str) -> Any:
    """A plain SQLCipher connection with the raw key and the same page cache as the app's."""
    connection = sqlcipher3.connect(str(path))
    connection.execute(f"PRAGMA key = {key_literal}")
    connection.execute(f"PRAGMA cache_size = -{tuning.cache_bytes(path.stat().st_size) // 1024}")
    return connection


def replay(connection: Any, statements: list[str]) -> None:
    """Run the statements and fetch every row."""
    for statement in statements:
        connection.execute(statement).fetchall()


def writes_of(statements: list[str]) -> list[str]:
    """The INSERT, UPDATE and DELETE statements among recorded ones (not those a trigger ran)."""
    return [s for s in statements if s.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]
