"""Word lists the role rules share: data/events/roles.yaml, the actors KB's names of nations, and
the closed sets of sectors and prepositions more than one role chooser reads."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

from ..actors.kb import default_kb


STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "SPY", "LEG"}
ARMED_GROUP_SECTORS = {"REB", "INS"}  # armed non-state groups: "Hezbollah mobilised its fighters" is a militia (PLOVER MOBILIZE militia), NATO is not
PREMISES_OWNERS = frozenset({"MIL", "COP", "SPY", "GOV", "JUD", "LEG", "POL", "OPP"} | ARMED_GROUP_SECTORS)  # whose a 'police station' or 'party office' is
ARMED_SECTORS = frozenset({"MIL", "COP", "SPY"} | ARMED_GROUP_SECTORS)  # parties that bear arms: a fight with them is a battle, not violence against civilians
TARGET_PREPS = {"on", "against", "with", "to", "at", "toward", "towards", "upon", "into"}
RECIPIENT_PREPS = {"to", "on", "against", "with", "between", "upon", "toward", "towards", "into"}  # "aid to X", "sanctions on X"
AGENT_PREPS = {"by", "from"}
SIDED_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})  # acts between two sides, one against the other ("clashes between X and Y", "between protesters and police")


@lru_cache(maxsize=1)
def role_words() -> dict[str, frozenset[str]]:
    """Word lists for argument choice (data/events/roles.yaml)."""
    raw = yaml.safe_load(resources.files("eventwire").joinpath("data/events/roles.yaml").read_text("utf-8"))
    return {name: frozenset(words) for name, words in raw.items()}


INVARIANT_ENDINGS = ("ss", "ois")  # 'Swiss', 'Seychellois': people called by the adjective though it ends in s ('Turks' is a plural)


@lru_cache(maxsize=1)
def nations() -> dict[str, tuple[str, str]]:
    """'US', 'France' → ("country", ISO3); 'Afghan', 'American' → ("adjective", ISO3): the actors KB's own names. A
    nationality whose people are called by the adjective itself ('Chinese', 'Sudanese', 'Burkinabe') is stored as a
    people form; it is an adjective too ('Sudanese army drones'), unlike a plural ('Russians')."""
    forms = default_kb().surface_forms()
    out = {form: (what, key) for form, (what, key) in forms.items() if what in {"country", "adjective"}}
    for form, (what, key) in forms.items():
        if what == "people" and form not in out and (not form.endswith("s") or form.endswith(INVARIANT_ENDINGS)):
            out[form] = ("adjective", key)
    return out
