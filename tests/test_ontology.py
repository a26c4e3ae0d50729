"""The ontology data files load, validate and cross-walk as documented."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from eventwire.ontology import (
    PLOVER_TYPES, OntologyError, UnknownCode, default_dir, get_ontology, load_ontology,
)

ACLED_25 = [
    "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
    "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED", "Grenade", "Sexual violence", "Attack",
    "Abduction/forced disappearance", "Peaceful protest", "Protest with intervention",
    "Excessive force against protesters", "Violent demonstration", "Mob violence", "Agreement",
    "Arrests", "Change to group/activity", "Disrupted weapons use",
    "Headquarters or base established", "Looting/property destruction",
    "Non-violent transfer of territory", "Other",
]


@pytest.fixture(scope="module")
def onto():
    return get_ontology()


def test_loaded_once():
    assert get_ontology() is get_ontology()


def test_sixteen_plover_types_in_order(onto):
    assert onto.plover_types == list(PLOVER_TYPES)
    assert "aerial" in onto.modes("ASSAULT") and "seize" in onto.modes("COERCE")
    assert onto.modes("CONSULT") == ["visit", "third-party", "multilateral", "phone", "meet"]
    assert onto.modes("AID") == ["economic", "military", "humanitarian", "asylum"]


def test_mode_aliases(onto):
    assert onto.canonical_mode("ASSAULT", "SUICIDE") == "suicide-attack"
    assert onto.canonical_mode("ASSAULT", "cbrn") == "unconventional"
    assert onto.canonical_mode("COERCE", "expel") == "deport"
    assert onto.canonical_mode("ASSAULT", None) is None
    with pytest.raises(UnknownCode, match="CONSULT has no mode 'aerial'"):
        onto.canonical_mode("CONSULT", "aerial")


@pytest.mark.parametrize(
    "code, expected",
    [
        ("192", ("COERCE", "seize")),
        ("195", ("ASSAULT", "aerial")),
        ("036", ("CONSULT", "meet")),
        ("042", ("CONSULT", "visit")),
        ("073", ("AID", "humanitarian")),
        ("0233", ("REQUEST", "assist")),  # an *appeal* for humanitarian aid
        ("1831", ("ASSAULT", "suicide-attack")),
        ("173", ("COERCE", "arrest")),
        ("0871", ("RETREAT", "ceasefire")),
        ("1121", ("ACCUSE", "allege")),
        ("163", ("SANCTION", "discontinue")),
        ("141", ("PROTEST", "demo")),
        ("010", (None, None)),
    ],
)
def test_cameo_to_plover(onto, code, expected):
    assert onto.plover_for_cameo(code) == expected


def test_cameo_fallback_to_parent(onto):
    assert "1959" not in onto.cameo
    assert onto.plover_for_cameo("1959") == ("ASSAULT", "aerial")
    assert onto.plover_for_cameo("199") == ("ASSAULT", None)  # root 19
    with pytest.raises(UnknownCode):
        onto.plover_for_cameo("99")
    with pytest.raises(UnknownCode):
        onto.cameo_name("1959")  # names are exact


def test_cameo_names_roots_quads(onto):
    assert len(onto.cameo) == 312
    assert sum(len(c) == 2 for c in onto.cameo) == 20
    assert onto.cameo_name("195") == "aerial attack"
    assert onto.cameo_root("1823") == "18"
    assert [onto.quad_class(c) for c in ("010", "036", "073", "112", "195")] == [0, 1, 2, 3, 4]


def test_quad_class_is_phoenix_convention(onto):
    """Appeals are neutral (0) and reducing relations is verbal conflict (3), as in OEDA's Phoenix data
    and ConfliBERT's CAMEO sentences; protest (14) and force (15) are material conflict."""
    codes = ("020", "0231", "030", "057", "061", "090", "130", "160", "1641", "140", "150", "173")
    assert [onto.quad_class(c) for c in codes] == [0, 0, 1, 1, 2, 3, 3, 3, 3, 4, 4, 4]


def test_cameo_to_acled(onto):
    assert onto.acled_for_cameo("195") == "Air/drone strike"
    assert onto.acled_for_cameo("192") == "Non-state actor overtakes territory"
    assert onto.acled_for_cameo("1831") == "Suicide bomb"
    assert onto.acled_for_cameo("1412") == "Peaceful protest"
    assert onto.acled_for_cameo("036") is None


def test_cameo_for_plover(onto):
    assert onto.cameo_for_plover("ASSAULT", "aerial") == ["195"]
    assert onto.cameo_for_plover("CONSULT")[0] == "04"


def test_all_25_acled_subevents(onto):
    assert [s.name for s in onto.acled_subevents] == ACLED_25
    assert onto.acled_subevent("Air/drone strike").event_type == "Explosions/Remote violence"
    assert onto.acled_subevent("Air/drone strike").disorder == "Political violence"
    assert onto.acled_subevent("Peaceful protest").disorder == "Demonstrations"
    assert onto.acled_subevent("Arrests").disorder == "Strategic developments"
    assert onto.is_acled("Grenade") and not onto.is_acled("Natural disaster") and not onto.is_acled(None)
    with pytest.raises(UnknownCode, match="Airstrike"):
        onto.acled_subevent("Airstrike")


def test_non_political_and_other_labels(onto):
    assert {lab.name for lab in onto.non_political} == {"Natural disaster", "Man-made disaster", "Organised crime"}
    assert onto.label("Claim of responsibility").kind == "label"
    assert onto.label("Diplomatic event").kind == "label"


# --- validation: a typo in a data file names the file and the row ----------

@pytest.fixture()
def copy_dir(tmp_path: Path) -> Path:
    d = tmp_path / "onto"
    shutil.copytree(default_dir(), d)
    return d


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _line_of(path: Path, prefix: str) -> int:
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith(prefix):
            return i
    raise AssertionError(prefix)


def test_copy_loads(copy_dir):
    assert len(load_ontology(copy_dir).cameo) == 312


def test_unknown_plover_type_in_cameo(copy_dir):
    tsv = copy_dir / "cameo.tsv"
    line = _line_of(tsv, "195\t")
    _edit(tsv, "195\taerial attack\t4\tASSAULT\t", "195\taerial attack\t4\tASSUALT\t")
    with pytest.raises(OntologyError, match=rf"cameo\.tsv:{line}: CAMEO 195: unknown PLOVER type 'ASSUALT'"):
        load_ontology(copy_dir)


def test_mode_not_of_type(copy_dir):
    tsv = copy_dir / "cameo.tsv"
    line = _line_of(tsv, "042\t")
    _edit(tsv, "042\tvisit\t1\tCONSULT\tvisit", "042\tvisit\t1\tCONSULT\taerial")
    with pytest.raises(OntologyError, match=rf"cameo\.tsv:{line}: .*'aerial' is not a mode of CONSULT"):
        load_ontology(copy_dir)


def test_mode_removed_from_plover_yaml_is_caught_in_cameo(copy_dir):
    _edit(copy_dir / "plover.yaml", "      aerial: an attack", "      air: an attack")
    with pytest.raises(OntologyError, match=r"cameo\.tsv:\d+: CAMEO 195: mode 'aerial' is not a mode of ASSAULT"):
        load_ontology(copy_dir)


def test_unknown_acled_name(copy_dir):
    tsv = copy_dir / "cameo.tsv"
    _edit(tsv, "\tAir/drone strike", "\tAirstrike")
    with pytest.raises(OntologyError, match=r"cameo\.tsv:\d+: CAMEO 195: ACLED sub-event type 'Airstrike' not in acled\.yaml"):
        load_ontology(copy_dir)


def test_wrong_quad_class(copy_dir):
    _edit(copy_dir / "cameo.tsv", "195\taerial attack\t4", "195\taerial attack\t3")
    with pytest.raises(OntologyError, match=r"CAMEO 195: quad_class '3' but root 19 has 4"):
        load_ontology(copy_dir)


def test_duplicate_code(copy_dir):
    tsv = copy_dir / "cameo.tsv"
    tsv.write_text(tsv.read_text(encoding="utf-8") + "195\tagain\t4\tASSAULT\t\t\n", encoding="utf-8")
    with pytest.raises(OntologyError, match="duplicate CAMEO code 195"):
        load_ontology(copy_dir)


def test_unknown_type_in_plover_yaml(copy_dir):
    _edit(copy_dir / "plover.yaml", "  MOBILIZE:", "  MOBILISE:")
    with pytest.raises(OntologyError, match=r"plover\.yaml:types\.MOBILISE: unknown PLOVER type 'MOBILISE'"):
        load_ontology(copy_dir)


def test_unknown_acled_event_type(copy_dir):
    _edit(copy_dir / "acled.yaml", "  Grenade:\n    event_type: Explosions/Remote violence", "  Grenade:\n    event_type: Explosions")
    with pytest.raises(OntologyError, match=r"acled\.yaml:sub_events\.Grenade\.event_type: unknown ACLED event type 'Explosions'"):
        load_ontology(copy_dir)


def test_tiny_bad_file_written_from_scratch(tmp_path):
    """A minimal directory: one bad CAMEO row is reported with its line number."""
    d = tmp_path / "mini"
    d.mkdir()
    shutil.copy(default_dir() / "plover.yaml", d)
    shutil.copy(default_dir() / "acled.yaml", d)
    (d / "cameo.tsv").write_text(
        "# tiny\ncode\tname\tquad_class\tplover_type\tplover_mode\tacled\n"
        "19\tfight\t4\tASSAULT\t\t\n"
        "195\tair\t4\tFIGHT\taerial\t\n",
        encoding="utf-8",
    )
    with pytest.raises(OntologyError) as err:
        load_ontology(d)
    assert "cameo.tsv:4" in str(err.value) and "FIGHT" in str(err.value)
