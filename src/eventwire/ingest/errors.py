"""Bad input is reported, never raised past the reader: the run goes on."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class InputError:
    source: str  # file path, "path:line" for JSONL, "<stdin>"
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


class InputRejected(Exception):
    """Raised inside readers; converted to `InputError` at the source boundary."""
