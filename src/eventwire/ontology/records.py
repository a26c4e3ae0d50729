"""Typed records of the ontology: PLOVER types, CAMEO codes, ACLED sub-events."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


class OntologyError(ValueError):
    """A data file of the ontology is wrong; the message names file and row."""

    def __init__(self, path: Path | str, where: str | int | None, message: str) -> None:
        self.path = str(path)
        self.where = where
        loc = f"{self.path}:{where}" if where is not None else self.path
        super().__init__(f"{loc}: {message}")


class UnknownCode(KeyError):
    """A CAMEO code, PLOVER type or ACLED name that the ontology does not know."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


@dataclass(frozen=True)
class PloverType:
    name: str
    description: str
    modes: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    quad_class: int
    plover_type: str | None
    plover_mode: str | None
    acled: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(frozen=True)
class AcledSubEvent:
    name: str
    event_type: str
    disorder: str
    description: str


@dataclass(frozen=True)
class Label:
    """A label outside ACLED's scope: kind is 'non_political' or 'label'."""

    name: str
    kind: str
    description: str
