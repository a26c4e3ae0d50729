"""Calendar arithmetic and TimeML value formatting (no text handling here)."""

from __future__ import annotations

import calendar as _cal
from datetime import date, timedelta


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, _cal.monthrange(year, month)[1]))


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def shift(d: date, n: int, unit: str) -> date:
    """`d` moved by `n` calendar units (day, week, month, quarter, year, decade, century)."""
    if unit in ("day", "night"):
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    if unit == "fortnight":
        return d + timedelta(weeks=2 * n)
    if unit == "month":
        return add_months(d, n)
    if unit == "quarter":
        return add_months(d, 3 * n)
    if unit == "year":
        return add_months(d, 12 * n)
    if unit == "decade":
        return add_months(d, 120 * n)
    if unit == "century":
        return add_months(d, 1200 * n)
    raise ValueError(f"unknown calendar unit {unit!r}")


def fmt(d: date, precision: str) -> str:
    """TimeML value of the calendar period of `precision` that contains `d`."""
    if precision == "day":
        return d.isoformat()
    if precision == "week":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if precision == "quarter":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "decade":
        return f"{d.year // 10:03d}"
    if precision == "century":
        return f"{d.year // 100:02d}"
    raise ValueError(f"no calendar format for precision {precision!r}")


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def weekday_near(anchor: date, isoweekday: int, direction: str | None) -> date:
    """The `isoweekday` (1=Mon) nearest `anchor`: 'past' → on or before, 'future' → on or
    after, None → the past unless that is 5-6 days back and the future one is nearer
    (news mostly reports what happened; an untensed "Thursday" is usually behind us)."""
    back = (anchor.isoweekday() - isoweekday) % 7
    fwd = (isoweekday - anchor.isoweekday()) % 7
    if direction == "past":
        return anchor - timedelta(days=back)
    if direction == "future":
        return anchor + timedelta(days=fwd)
    return anchor - timedelta(days=back) if back <= 4 else anchor + timedelta(days=fwd)
