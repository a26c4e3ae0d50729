"""Trigger lexicon and word classes, loaded and validated once per process.

A typo in a data file is an error naming the file and the entry, at start-up,
not a silently missing event later."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, get_args

import yaml

from ..model import PloverType
from ..ontology import get_ontology

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_TYPES = set(get_args(PloverType))
SAME_CODE = "="  # stance_codes.yaml: the announced act keeps its own CAMEO code
NO_EVENT = "none"  # a guard sense: when its conditions hold, the word codes nothing ("offers readers a way", "host an exhibition")
_SPECIAL = {"@place", "@person", "@public_person", "@politician", "@actor", "@state", "@nonstate", "@armed_group", "@ngo", "@igo", "@media"}
_SENSE_KEYS = {"if", "type", "mode", "cameo", "acled", "conf"}
_CONDITION_KEYS = {"object", "object_of", "object_on", "object_to", "object_for", "object_from", "object_against", "object_with", "object_between", "object_modifier", "subject", "subject_modifier", "modifier", "bare",
                   "xcomp", "xcomp_not", "xcomp_object", "complement", "clause", "owner", "question", "compound", "head", "lone_subject", "anchor",
                   "clause_aux", "clause_subject", "tag", "tag_aux", "tag_mark", "tag_subject", "mark", "stranded", "no_complement", "participle", "slogan", "predicate", "under_prep", "under_noun", "complement_subject",
                   "object_infinitive", "conjunct", "predicate_object", "adverbial", "adverbial_of", "or_then", "partner"}

# conditions that list literal words, not classes: modifiers, anchoring verbs, a clause's auxiliary ("would"), a mark ("as"), a preposition
LITERAL_SLOTS = {"or_then", "modifier", "object_modifier", "subject_modifier", "anchor", "clause_aux", "tag_aux", "tag_mark", "mark", "stranded", "under_prep", "under_noun", "complement_subject"}


class LexiconError(ValueError):
    pass


@dataclass(frozen=True)
class Sense:
    type: str
    mode: str | None
    cameo: str
    acled: str | None
    conf: float
    conditions: tuple[tuple[str, frozenset[str]], ...] = ()  # (slot, classes); slot is object|subject|modifier|prep_<p>

    @property
    def label(self) -> str:
        return f"{self.type}/{self.mode or '-'} cameo {self.cameo}"


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[Sense, ...]]
    nouns: dict[str, tuple[Sense, ...]]
    classes: dict[str, frozenset[str]]
    light_verbs: frozenset[str]
    acled_rules: dict[str, dict[str, str]] = field(default_factory=dict)
    compound_heads: frozenset[str] = frozenset()
    cessation_verbs: frozenset[str] = frozenset()  # "stop their offensive": the noun is what would end
    stance_codes: dict[str, dict[str, str]] = field(default_factory=dict)  # intent/threat/refusal → TYPE[/mode] → CAMEO
    stance_types: dict[str, str] = field(default_factory=dict)  # refusal → REJECT: the stance act's own PLOVER type

    def stance_code(self, stance: str, type_: str, mode: str | None) -> str | None:
        table = self.stance_codes.get(stance, {})
        return table.get(f"{type_}/{mode}") or table.get(type_)  # "withdrawal date": head nouns that name an event inside a compound

    def stance_type(self, stance: str, type_: str, mode: str | None) -> tuple[str, str | None]:
        """The (type, mode) of an act coded under a stance: a refused concession ("would not meet the demands",
        CAMEO 124) is a REJECT, so type and code agree; stances PLOVER keeps in `modality` leave the act's own."""
        new = self.stance_types.get(stance)
        if new is None or new == type_:
            return type_, mode
        return new, None

    def headline_verb(self, tok: Token) -> str | None:
        """The verb key of a PROPN token in an all-Title-Case headline ("Country Leader Ejects International
        Observers"), where the small model tags verbs as proper nouns: the token's lower-case form, un-inflected,
        must be a lexicon verb ("ejects" → eject, "expelled" → expel, "steps down" → step down). Outside Title Case
        headlines, or for a word the lexicon also lists as an event noun in its plain form, None."""
        if tok.pos_ != "PROPN":
            return None
        word = tok.lower_
        lemma = next((c for c in _uninflect(word) if c in self.verbs), None)
        if lemma is None or (lemma == word and lemma in self.nouns):
            return None
        if not is_title_case(tok.sent):  # the costly test (the whole sentence) last: most words fail the lexicon first
            return None
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and f"{lemma} {nxt.lower_}" in self.verbs:
            return f"{lemma} {nxt.lower_}"
        return lemma

    def in_class(self, lemma: str, name: str) -> bool:
        return lemma in self.classes.get(name, frozenset())


# Words a Title Case headline leaves in lower case ("Rebels Agree to a Truce in the North").
_TITLE_MINOR = frozenset("a an and as at but by for from in into nor of on or over per the to up via vs with".split())


def is_title_case(sent: Span) -> bool:
    """Is every word of the sentence capitalised, save short function words? ("Country Leader Ejects
    International Observers"). Needs at least three capitalised words, so a name alone is no headline."""
    words = [t.text for t in sent if t.text[:1].isalpha()]
    caps = sum(w[0].isupper() for w in words)
    return caps >= 3 and all(w[0].isupper() or w.lower() in _TITLE_MINOR for w in words)


def _uninflect(word: str) -> list[str]:
    """Candidate base forms of an inflected verb, most likely first: ejects → eject, pushes → push,
    denies → deny, condemned → condemn, released → release, expelled → expel, seizing → seize."""
    out = [word]
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 3:
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        out.append(word[:-1])
    for suffix in ("ed", "ing"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            out += [stem, stem + "e"]
            if stem[-1] == stem[-2]:
                out.append(stem[:-1])  # expelled → expel
            if suffix == "ed" and stem.endswith("i"):
                out.append(stem[:-1] + "y")  # denied → deny
    return out


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe loader that refuses a key defined twice in one mapping: plain YAML keeps the last one
    silently, so a word class or lemma written twice would lose its first definition unseen."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: set[str] = set()
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                continue
            if key_node.value in seen:
                raise yaml.constructor.ConstructorError(None, None, f"{key_node.value!r} is defined twice", key_node.start_mark)
            seen.add(key_node.value)
        return super().construct_mapping(node, deep)


def _read(name: str) -> dict:
    path = resources.files("eventwire").joinpath(f"data/events/{name}")
    try:
        return yaml.load(path.read_text("utf-8"), Loader=_UniqueKeyLoader)
    except yaml.YAMLError as exc:
        raise LexiconError(f"data/events/{name}: {exc}") from None


def _sense(raw: object, where: str, classes: dict[str, frozenset[str]], acled_rules: dict) -> Sense:
    if not isinstance(raw, dict) or not _SENSE_KEYS >= raw.keys():
        raise LexiconError(f"{where}: a sense must be a mapping with keys among {sorted(_SENSE_KEYS)}, got {raw!r}")
    if raw.get("type") not in _TYPES | {NO_EVENT}:
        raise LexiconError(f"{where}: unknown PLOVER type {raw.get('type')!r}")
    cameo = str(raw.get("cameo", ""))
    if raw["type"] == NO_EVENT:
        if cameo or raw.keys() - {"if", "type"}:
            raise LexiconError(f"{where}: a 'none' sense takes only 'if' (the uses of the word that are no event)")
        cameo = "0"
    elif not cameo.isdigit() or not 2 <= len(cameo) <= 4:
        raise LexiconError(f"{where}: CAMEO code must be 2-4 digits, got {cameo!r}")
    conditions = []
    for slot, names in (raw.get("if") or {}).items():
        if slot not in _CONDITION_KEYS and not slot.startswith("prep_"):
            raise LexiconError(f"{where}: unknown condition {slot!r}")
        for n in names:
            if slot in LITERAL_SLOTS:  # literal lemmas ("air" strike; the verb "went" on the offensive), not classes
                continue
            if n not in classes and n not in _SPECIAL:
                raise LexiconError(f"{where}: unknown word class {n!r} (define it in classes.yaml)")
        conditions.append((slot, frozenset(names)))
    return Sense(
        type=raw["type"], mode=raw.get("mode"), cameo=cameo, acled=raw.get("acled"),
        conf=float(raw.get("conf", 0.75)), conditions=tuple(conditions),
    )


def _departures() -> dict[str, dict[str, str]]:
    raw = _read("type_departures.yaml") or {}
    for code, types in raw.items():
        if not isinstance(types, dict) or not set(types) <= _TYPES or not all(isinstance(v, str) and v for v in types.values()):
            raise LexiconError(f"data/events/type_departures.yaml: {code}: needs PLOVER type -> reason")
    return {str(code): types for code, types in raw.items()}


def _check_ontology(section: str, senses: dict[str, tuple[Sense, ...]], acled_rules: dict[str, dict[str, str]],
                    departures: dict[str, dict[str, str]]) -> None:
    """Every CAMEO code must exist, and every ACLED label a sense or rule names must be one of ACLED's sub-event types.
    A sense's PLOVER type must be the one cameo.tsv cross-walks its CAMEO code to, or a departure listed with its
    reason in type_departures.yaml: otherwise an event's type and code would disagree unexplained."""
    ontology = get_ontology()
    for rule, outcomes in acled_rules.items():
        for name in outcomes.values():
            if not ontology.is_acled(name):
                raise LexiconError(f"data/events/triggers.yaml: acled_rules.{rule}: {name!r} is not an ACLED sub-event type")
    for lemma, entries in senses.items():
        for sense in entries:
            if sense.type == NO_EVENT:
                continue
            try:
                ontology.cameo_name(sense.cameo)
            except KeyError:
                raise LexiconError(f"data/events/triggers.yaml: {lemma}: unknown CAMEO code {sense.cameo!r}") from None
            crosswalk = ontology.plover_for_cameo(sense.cameo)[0]
            if crosswalk is not None and sense.type != crosswalk and sense.type not in departures.get(sense.cameo, {}):
                raise LexiconError(f"data/events/triggers.yaml: {section}.{lemma}: type {sense.type} but CAMEO {sense.cameo} "
                                   f"cross-walks to {crosswalk} (fix one, or list the departure in type_departures.yaml)")
            if sense.mode is not None and sense.mode not in ontology.modes(sense.type):
                raise LexiconError(f"data/events/triggers.yaml: {lemma}: {sense.mode!r} is not a PLOVER mode of {sense.type}")
            if sense.acled and sense.acled not in acled_rules and not ontology.is_acled(sense.acled):
                raise LexiconError(f"data/events/triggers.yaml: {lemma}: {sense.acled!r} is not an ACLED sub-event type or rule")


@lru_cache(maxsize=None)
def load_lexicon() -> Lexicon:
    classes = {name: frozenset(words) for name, words in _read("classes.yaml").items()}
    data = _read("triggers.yaml")
    acled_rules = data.get("acled_rules", {})

    def senses(section: str) -> dict[str, tuple[Sense, ...]]:
        out = {}
        for lemma, entries in (data.get(section) or {}).items():
            if entries == [] and section == "verbs" and " " in lemma:
                out[lemma] = ()  # a phrasal verb that codes nothing keeps the bare verb's senses off: "sworn in" is no vow
                continue
            if not isinstance(entries, list) or not entries:
                raise LexiconError(f"data/events/triggers.yaml: {section}.{lemma}: needs a list of senses (an empty one only for a phrasal verb)")
            out[lemma] = tuple(_sense(e, f"data/events/triggers.yaml: {section}.{lemma}", classes, acled_rules) for e in entries)
        return out

    departures = _departures()
    verbs = senses("verbs")
    _check_ontology("verbs", verbs, acled_rules, departures)
    nouns = senses("nouns")
    stance_codes = _read("stance_codes.yaml")
    stance_types = {str(k): str(v) for k, v in (stance_codes.pop("stance_types", None) or {}).items()}
    for stance, type_ in stance_types.items():
        if stance not in stance_codes or type_ not in _TYPES:
            raise LexiconError(f"data/events/stance_codes.yaml: stance_types.{stance}: needs a stance of the file and a PLOVER type, got {type_!r}")
    for stance, table in stance_codes.items():
        for key, code in table.items():
            if key.split("/")[0] not in _TYPES or not (str(code).isdigit() or str(code) == SAME_CODE):
                raise LexiconError(f"data/events/stance_codes.yaml: {stance}.{key}: needs a PLOVER type key and a CAMEO code (or {SAME_CODE!r})")
            if str(code) == SAME_CODE:
                continue
            try:
                get_ontology().cameo_name(str(code))
            except KeyError:
                raise LexiconError(f"data/events/stance_codes.yaml: {stance}.{key}: unknown CAMEO code {code!r}") from None
            type_, _, mode = key.partition("/")
            if mode and mode not in get_ontology().modes(type_):
                raise LexiconError(f"data/events/stance_codes.yaml: {stance}.{key}: {mode!r} is not a PLOVER mode of {type_}")
    _check_ontology("nouns", nouns, acled_rules, departures)
    return Lexicon(
        verbs=verbs, nouns=nouns, classes=classes,
        light_verbs=frozenset(data.get("light_verbs", [])), acled_rules=acled_rules,
        compound_heads=frozenset(data.get("compound_heads", [])),
        cessation_verbs=frozenset(data.get("cessation_verbs", [])),
        stance_codes={k: {kk: str(vv) for kk, vv in v.items()} for k, v in stance_codes.items()},
        stance_types=stance_types,
    )
