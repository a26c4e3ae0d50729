"""Read and validate the ontology data files (plover.yaml, cameo.tsv, acled.yaml).

Every error names the file and the row (TSV line number or YAML key path).
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .records import AcledSubEvent, CameoCode, Label, OntologyError, PloverType

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
CAMEO_COLUMNS = ("code", "name", "quad_class", "plover_type", "plover_mode", "acled")
_MODE_RE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
_CODE_RE = re.compile(r"^\d{2,4}$")


def default_dir() -> Path:
    """The directory shipped inside the package."""
    return Path(str(resources.files("eventwire") / "data" / "ontology"))


def root_quad_class(root: str) -> int:
    """CAMEO quad class of a 2-digit root, in the OEDA Phoenix convention (the 0..4 scale event data
    sets such as Phoenix and ConfliBERT's CAMEO sentences use): 0 neutral (01 statements, 02 appeals),
    1 verbal cooperation (03-05), 2 material cooperation (06-08), 3 verbal conflict (09-13 and 16,
    reducing relations: sanctions and suspended aid are words and withheld favours, not force),
    4 material conflict (14-15, 17-20)."""
    return _QUAD_OF_ROOT[_root_index(root)]


def gdelt_quad_class(root: str) -> int:
    """GDELT's QuadClass of a 2-digit root: 1 verbal cooperation (01-05), 2 material cooperation
    (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20). GDELT has no neutral class, so
    statements and appeals count as verbal cooperation, and reducing relations as material conflict:
    the GDELT export must not write Phoenix's 0, which GDELT readers reject or misread."""
    return _GDELT_QUAD_OF_ROOT[_root_index(root)]


def _root_index(root: str) -> int:
    """0..19 for the CAMEO roots 01..20: the row of the quad-class tables below."""
    r = int(root)
    if not 1 <= r <= 20:
        raise ValueError(f"CAMEO root out of range 01..20: {root!r}")
    return r - 1


#                   01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19 20
_QUAD_OF_ROOT =       (0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 3, 4, 4, 4, 4)
_GDELT_QUAD_OF_ROOT = (1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4)


def _yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise OntologyError(path, None, "file not found") from None
    except yaml.YAMLError as exc:
        raise OntologyError(path, None, f"not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise OntologyError(path, None, "expected a mapping at the top level")
    return data


def _text(path: Path, where: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise OntologyError(path, where, "expected a non-empty string")
    return value.strip()


def load_plover(path: Path) -> dict[str, PloverType]:
    """PLOVER types in file order; exactly the 16 PLOVER 2 types."""
    data = _yaml(path)
    types = data.get("types")
    if not isinstance(types, dict):
        raise OntologyError(path, "types", "missing 'types' mapping")
    out: dict[str, PloverType] = {}
    for name, spec in types.items():
        where = f"types.{name}"
        if name not in PLOVER_TYPES:
            raise OntologyError(path, where, f"unknown PLOVER type {name!r} (expected one of {', '.join(PLOVER_TYPES)})")
        if not isinstance(spec, dict):
            raise OntologyError(path, where, "expected a mapping with description and modes")
        desc = _text(path, f"{where}.description", spec.get("description"))
        raw_modes = spec.get("modes") or {}
        if isinstance(raw_modes, list):
            if raw_modes:
                raise OntologyError(path, f"{where}.modes", "modes must be a mapping mode: description")
            raw_modes = {}
        if not isinstance(raw_modes, dict):
            raise OntologyError(path, f"{where}.modes", "modes must be a mapping mode: description")
        modes: dict[str, str] = {}
        for mode, mdesc in raw_modes.items():
            if not isinstance(mode, str) or not _MODE_RE.match(mode):
                raise OntologyError(path, f"{where}.modes.{mode}", "mode must be lower-case letters, digits and hyphens")
            modes[mode] = _text(path, f"{where}.modes.{mode}", mdesc)
        aliases: dict[str, str] = {}
        for alias, target in (spec.get("aliases") or {}).items():
            if target not in modes:
                raise OntologyError(path, f"{where}.aliases.{alias}", f"alias points to unknown mode {target!r}")
            if alias in modes:
                raise OntologyError(path, f"{where}.aliases.{alias}", "alias shadows a mode of the same name")
            aliases[str(alias)] = target
        out[name] = PloverType(name, desc, modes, aliases)
    missing = [t for t in PLOVER_TYPES if t not in out]
    if missing:
        raise OntologyError(path, "types", f"missing PLOVER types: {', '.join(missing)}")
    return out


def load_acled(path: Path) -> tuple[dict[str, AcledSubEvent], dict[str, Label]]:
    """ACLED sub-event types and the extra labels (non-political and others)."""
    data = _yaml(path)
    disorders = data.get("disorder_types")
    if not isinstance(disorders, list) or not disorders:
        raise OntologyError(path, "disorder_types", "expected a non-empty list")
    event_types = data.get("event_types")
    if not isinstance(event_types, dict) or not event_types:
        raise OntologyError(path, "event_types", "expected a mapping event type: disorder type")
    for et, dis in event_types.items():
        if dis not in disorders:
            raise OntologyError(path, f"event_types.{et}", f"unknown disorder type {dis!r}")
    subs = data.get("sub_events")
    if not isinstance(subs, dict) or not subs:
        raise OntologyError(path, "sub_events", "expected a mapping of sub-event types")
    out: dict[str, AcledSubEvent] = {}
    for name, spec in subs.items():
        where = f"sub_events.{name}"
        if not isinstance(spec, dict):
            raise OntologyError(path, where, "expected a mapping with event_type and description")
        et = spec.get("event_type")
        if et not in event_types:
            raise OntologyError(path, f"{where}.event_type", f"unknown ACLED event type {et!r}")
        disorder = spec.get("disorder") or event_types[et]
        for part in str(disorder).split("; "):
            if part not in disorders:
                raise OntologyError(path, f"{where}.disorder", f"unknown disorder type {part!r}")
        out[name] = AcledSubEvent(name, et, str(disorder), _text(path, f"{where}.description", spec.get("description")))
    unused = [et for et in event_types if not any(s.event_type == et for s in out.values())]
    if unused:
        raise OntologyError(path, "event_types", f"event types without sub-events: {', '.join(unused)}")
    labels: dict[str, Label] = {}
    for section, kind in (("non_political", "non_political"), ("labels", "label")):
        for name, spec in (data.get(section) or {}).items():
            where = f"{section}.{name}"
            if name in out or name in labels:
                raise OntologyError(path, where, "label name already used")
            desc = spec.get("description") if isinstance(spec, dict) else None
            labels[name] = Label(name, kind, _text(path, f"{where}.description", desc))
    return out, labels


def load_cameo(path: Path, plover: dict[str, PloverType], acled: dict[str, AcledSubEvent]) -> dict[str, CameoCode]:
    """CAMEO rows keyed by code; cross-checked against the PLOVER and ACLED files."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise OntologyError(path, None, "file not found") from None
    out: dict[str, CameoCode] = {}
    header_seen = False
    for lineno, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            if tuple(c.strip() for c in cells) != CAMEO_COLUMNS:
                raise OntologyError(path, lineno, f"header must be {' | '.join(CAMEO_COLUMNS)} (tab-separated)")
            header_seen = True
            continue
        if len(cells) != len(CAMEO_COLUMNS):
            raise OntologyError(path, lineno, f"expected {len(CAMEO_COLUMNS)} tab-separated cells, got {len(cells)}")
        code, name, quad, ptype, pmode, acled_name = (c.strip() for c in cells)
        if not _CODE_RE.match(code):
            raise OntologyError(path, lineno, f"CAMEO code must be 2-4 digits: {code!r}")
        if code in out:
            raise OntologyError(path, lineno, f"duplicate CAMEO code {code}")
        if not name:
            raise OntologyError(path, lineno, f"CAMEO {code}: empty name")
        try:
            expected_quad = root_quad_class(code[:2])
        except ValueError as exc:
            raise OntologyError(path, lineno, str(exc)) from None
        if quad != str(expected_quad):
            raise OntologyError(path, lineno, f"CAMEO {code}: quad_class {quad!r} but root {code[:2]} has {expected_quad}")
        if len(code) > 2 and code[:2] not in out:
            raise OntologyError(path, lineno, f"CAMEO {code}: root {code[:2]} must come earlier in the file")
        if len(code) == 4 and code[:3] not in out:
            raise OntologyError(path, lineno, f"CAMEO {code}: parent {code[:3]} must come earlier in the file")
        if ptype and ptype not in plover:
            raise OntologyError(path, lineno, f"CAMEO {code}: unknown PLOVER type {ptype!r} (not in plover.yaml)")
        if pmode:
            if not ptype:
                raise OntologyError(path, lineno, f"CAMEO {code}: mode {pmode!r} without a PLOVER type")
            if pmode not in plover[ptype].modes:
                raise OntologyError(path, lineno, f"CAMEO {code}: mode {pmode!r} is not a mode of {ptype} in plover.yaml")
        if acled_name and acled_name not in acled:
            raise OntologyError(path, lineno, f"CAMEO {code}: ACLED sub-event type {acled_name!r} not in acled.yaml")
        out[code] = CameoCode(code, name, expected_quad, ptype or None, pmode or None, acled_name or None)
    if not header_seen:
        raise OntologyError(path, None, "no header row")
    return out
