"""The event ontology: PLOVER 2 types and modes, CAMEO codes, ACLED sub-event types,
and the cross-walks between them, loaded once per process from
``eventwire/data/ontology`` (plover.yaml, cameo.tsv, acled.yaml).

    >>> from eventwire.ontology import get_ontology
    >>> onto = get_ontology()
    >>> onto.plover_for_cameo("195")
    ('ASSAULT', 'aerial')
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .load import PLOVER_TYPES, default_dir, gdelt_quad_class, load_acled, load_cameo, load_plover, root_quad_class
from .records import AcledSubEvent, CameoCode, Label, OntologyError, PloverType, UnknownCode

__all__ = [
    "AcledSubEvent", "CameoCode", "Label", "Ontology", "OntologyError", "PLOVER_TYPES", "PloverType",
    "UnknownCode", "get_ontology", "load_ontology",
]


class Ontology:
    """Validated PLOVER/CAMEO/ACLED tables with lookups. Build with `get_ontology()`."""

    def __init__(
        self,
        plover: dict[str, PloverType],
        cameo: dict[str, CameoCode],
        acled: dict[str, AcledSubEvent],
        labels: dict[str, Label],
    ) -> None:
        self.plover = plover
        self.cameo = cameo
        self.acled = acled
        self.labels = labels
        self.plover_types: list[str] = list(plover)
        self.acled_subevents: list[AcledSubEvent] = list(acled.values())

    # PLOVER -------------------------------------------------------------
    def _type(self, ptype: str) -> PloverType:
        try:
            return self.plover[ptype]
        except KeyError:
            raise UnknownCode(f"unknown PLOVER type {ptype!r}") from None

    def modes(self, ptype: str) -> list[str]:
        """Canonical modes of a PLOVER type (may be empty)."""
        return list(self._type(ptype).modes)

    def canonical_mode(self, ptype: str, mode: str | None) -> str | None:
        """The canonical spelling of `mode` for `ptype` ('SUICIDE' -> 'suicide-attack'),
        None for an empty mode; raises UnknownCode for a mode the type does not have."""
        if not mode:
            return None
        t = self._type(ptype)
        m = mode.strip().lower().replace("_", "-")
        if m in t.modes:
            return m
        if m in t.aliases:
            return t.aliases[m]
        raise UnknownCode(f"{ptype} has no mode {mode!r} (modes: {', '.join(t.modes) or 'none'})")

    # CAMEO --------------------------------------------------------------
    def _code(self, code: str) -> CameoCode:
        try:
            return self.cameo[code]
        except KeyError:
            raise UnknownCode(f"unknown CAMEO code {code!r}") from None

    def _nearest(self, code: str) -> CameoCode:
        """The code itself, else its 3-digit, else its 2-digit parent."""
        if not isinstance(code, str) or not code.isdigit():
            raise UnknownCode(f"CAMEO code must be a string of digits: {code!r}")
        for c in (code, code[:3], code[:2]):
            if len(c) >= 2 and c in self.cameo:
                return self.cameo[c]
        raise UnknownCode(f"unknown CAMEO code {code!r} (no parent either)")

    def cameo_name(self, code: str) -> str:
        """Short name of a CAMEO code."""
        return self._code(code).name

    def cameo_root(self, code: str) -> str:
        """The 2-digit root of a CAMEO code ('1823' -> '18')."""
        return self._nearest(code).root

    def quad_class(self, code: str) -> int:
        """Quad class 0..4 of a CAMEO code (from its root), in the Phoenix convention."""
        return self._nearest(code).quad_class

    def gdelt_quad_class(self, code: str) -> int:
        """GDELT's QuadClass 1..4 of a CAMEO code (from its root)."""
        return gdelt_quad_class(self._nearest(code).root)

    def plover_for_cameo(self, code: str) -> tuple[str | None, str | None]:
        """(PLOVER type, mode or None) for a CAMEO code; a code missing from the table
        falls back to its 3-digit then 2-digit parent. Plain statements (01x without a
        PLOVER equivalent) give (None, None)."""
        row = self._nearest(code)
        return row.plover_type, row.plover_mode

    def acled_for_cameo(self, code: str) -> str | None:
        """The ACLED sub-event type usually matching a CAMEO code, or None."""
        return self._nearest(code).acled

    def cameo_for_plover(self, ptype: str, mode: str | None = None) -> list[str]:
        """CAMEO codes cross-walked to a PLOVER type (and mode, if given), most general first."""
        self._type(ptype)
        m = self.canonical_mode(ptype, mode) if mode else None
        codes = [c.code for c in self.cameo.values() if c.plover_type == ptype and (m is None or c.plover_mode == m)]
        return sorted(codes, key=lambda c: (len(c), c))

    # ACLED --------------------------------------------------------------
    def acled_subevent(self, name: str) -> AcledSubEvent:
        """The ACLED sub-event type record (event_type, disorder) by exact name."""
        try:
            return self.acled[name]
        except KeyError:
            raise UnknownCode(f"unknown ACLED sub-event type {name!r}") from None

    def is_acled(self, name: str | None) -> bool:
        """True when `name` is one of ACLED's sub-event types."""
        return name in self.acled

    def label(self, name: str) -> Label:
        """A non-political or other label ('Natural disaster', 'Claim of responsibility')."""
        try:
            return self.labels[name]
        except KeyError:
            raise UnknownCode(f"unknown label {name!r}") from None

    @property
    def non_political(self) -> list[Label]:
        return [lab for lab in self.labels.values() if lab.kind == "non_political"]


def load_ontology(directory: Path | str | None = None) -> Ontology:
    """Read and validate the three files in `directory` (default: the packaged data)."""
    d = Path(directory) if directory is not None else default_dir()
    plover = load_plover(d / "plover.yaml")
    acled, labels = load_acled(d / "acled.yaml")
    cameo = load_cameo(d / "cameo.tsv", plover, acled)
    return Ontology(plover, cameo, acled, labels)


@lru_cache(maxsize=1)
def get_ontology() -> Ontology:
    """The packaged ontology, loaded and validated once per process."""
    return load_ontology()
