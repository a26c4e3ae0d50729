"""The few places where DuckDB and PostgreSQL SQL differ, in one small table.

Every query in `eventwire.store` is written once, with `?` placeholders and the
functions both engines share (lower, strpos, coalesce, asin, sqrt, pow, sin, cos,
radians, NULLS LAST, ON CONFLICT, CTEs). What differs is asked of a `Dialect`:

| need                          | DuckDB                                  | PostgreSQL                                 |
|-------------------------------|-----------------------------------------|--------------------------------------------|
| placeholders                  | `?`                                     | `%s` (`?` rewritten by `PgConnection`)     |
| "is YYYY-MM-DD" test          | `regexp_full_match(x, '…')`             | `x ~ '^…$'`                                |
| text → date or NULL           | `TRY_CAST(x AS DATE)`                   | `eventwire_try_date(x)` (migration 0001)   |
| string from a JSON document   | `json_extract_string(doc, '$.a.b')`     | `doc -> 'a' ->> 'b'`                       |
| 64-bit hash of a text         | `hash(x)`                               | `hashtextextended(x, 0)`                   |
| bytes column                  | `BLOB`                                  | `bytea`                                    |

`dialect_of(con)` tells which one a connection (or cursor) speaks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

_DAY = r"\d{4}-\d{2}-\d{2}"


@dataclass(frozen=True)
class Dialect:
    name: str  # "duckdb" | "postgres"

    @property
    def is_postgres(self) -> bool:
        return self.name == "postgres"

    def is_day(self, expr: str) -> str:
        """SQL true when the text `expr` is exactly YYYY-MM-DD (NULL-safe)."""
        if self.is_postgres:
            return f"(coalesce({expr}, '') ~ '^{_DAY}$')"
        return f"regexp_full_match(coalesce({expr}, ''), '{_DAY}')"

    def try_date(self, expr: str) -> str:
        """The text `expr` as a DATE, NULL when it is not a valid calendar date."""
        if self.is_postgres:
            return f"eventwire_try_date({expr})"
        return f"TRY_CAST({expr} AS DATE)"

    def json_text(self, doc: str, *path: str) -> str:
        """A string member of a JSON document column, NULL when absent."""
        if self.is_postgres:
            return doc + "".join(f" -> '{p}'" for p in path[:-1]) + f" ->> '{path[-1]}'"
        return f"json_extract_string({doc}, '$.{'.'.join(path)}')"

    def hash64(self, expr: str) -> str:
        if self.is_postgres:
            return f"hashtextextended({expr}, 0)"
        return f"hash({expr})"

    @property
    def blob(self) -> str:
        return "bytea" if self.is_postgres else "BLOB"


DUCKDB = Dialect("duckdb")
POSTGRES = Dialect("postgres")


def dialect_of(con: Any) -> Dialect:
    """POSTGRES for a `PgConnection` (or anything that says so), else DUCKDB."""
    found = getattr(type(con), "dialect", None)
    return found if isinstance(found, Dialect) else DUCKDB
