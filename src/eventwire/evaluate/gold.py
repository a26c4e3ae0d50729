"""Readers for the labelled event data users bring (PLOVER GSR, CAMEO codebook
examples, ConfliBERT CAMEO classification and roles), and the deterministic
dev/test split shared by every events scorer.

The readers only parse; they copy nothing into the project.
"""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

#: PLOVER 0.5 (GSR) event names that PLOVER 2 renamed or merged.
PLOVER05_TO_2: dict[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}
PLOVER05_SKIP = frozenset({"DOCUMENT"})

SPLITS = ("dev", "test", "all")


class GoldFormatError(ValueError):
    """A gold file is not in the expected format; the message names file and record."""


#: GSR actor codes that are not ISO 3166 alpha-3 but name a country: typos of the ISO code in the file.
GSR_CODE_FIXES: dict[str, str] = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
#: GSR codes for actors without a country, and the sectors of ours that stand for them
#: (an intergovernmental body, an NGO, an international militarised group such as al-Qaeda).
GSR_STATELESS: dict[str, frozenset[str]] = {
    "IGO": frozenset({"IGO"}),
    "NGO": frozenset({"NGO"}),
    "IMG": frozenset({"INS", "REB"}),
}
#: GSR (CAMEO) primary role codes -> the sectors of ours that match them (sectors.yaml). CAMEO keeps
#: insurgents apart from rebels less strictly than we do, so REB accepts both; a party may be in
#: opposition; religion codes (MOS Muslim, CHR Christian) as a primary role mean a religious actor.
#: Codes with no counterpart are not scored: ELI (elites), UAF (unidentified armed forces), SOC,
#: and '***' (left open by the coder).
GSR_SECTORS: dict[str, frozenset[str]] = {
    "GOV": frozenset({"GOV"}), "MIL": frozenset({"MIL"}), "COP": frozenset({"COP"}),
    "SPY": frozenset({"SPY"}), "JUD": frozenset({"JUD"}), "LEG": frozenset({"LEG"}),
    "OPP": frozenset({"OPP"}), "PTY": frozenset({"POL", "OPP"}), "REB": frozenset({"REB", "INS"}),
    "INS": frozenset({"INS", "REB"}), "CVL": frozenset({"CVL"}), "CIV": frozenset({"CVL"}),
    "REF": frozenset({"REF"}), "MED": frozenset({"MED"}), "JRN": frozenset({"MED"}),
    "EDU": frozenset({"EDU"}), "LAB": frozenset({"LAB"}), "AGR": frozenset({"AGR"}),
    "BUS": frozenset({"BUS"}), "CRM": frozenset({"CRM"}), "REL": frozenset({"REL"}),
    "MOS": frozenset({"REL"}), "CHR": frozenset({"REL"}), "HLH": frozenset({"HLH"}),
}


@dataclass(frozen=True)
class GoldActor:
    """One GSR source or target: its text, the code as written (ISO3 or IGO/NGO/IMG...) and the
    CAMEO sector string as written ('GOV', 'CVLkur', '***' or None)."""

    text: str
    code: str | None
    sector: str | None = None

    @property
    def country(self) -> str | None:
        """The ISO3 country, or None for a stateless code (IGO, NGO, IMG) or one that is no ISO
        3166 country (e.g. ISM): those are not compared."""
        code = GSR_CODE_FIXES.get(self.code or "", self.code or "")
        return code if code in _iso3() else None

    @property
    def stateless(self) -> frozenset[str]:
        """Our sectors that stand for a stateless code (empty for a country code)."""
        return GSR_STATELESS.get(self.code or "", frozenset())

    @property
    def scored(self) -> bool:
        """Whether the code can be compared with ours at all (a country or a known stateless code)."""
        return self.country is not None or bool(self.stateless)

    @property
    def sectors(self) -> frozenset[str]:
        """Our sectors that match the gold sector (its first three letters are CAMEO's primary role;
        the rest is ethnicity or religion); an IGO/NGO code with no sector implies IGO/NGO."""
        role = GSR_SECTORS.get((self.sector or "")[:3].upper(), frozenset())
        if self.code in ("IGO", "NGO"):
            role = role | self.stateless
        return role


@dataclass
class GoldSentence:
    """One labelled sentence. `label` is what the dataset scores: a PLOVER type
    (plover-gsr), a CAMEO code (cameo-codebook) or a quad class '0'..'4' (conflibert-class).
    `source`/`target` are the GSR's actors (empty for the other datasets)."""

    id: str
    text: str
    label: str
    mode: str | None = None
    source: list[GoldActor] = field(default_factory=list)
    target: list[GoldActor] = field(default_factory=list)


@dataclass
class RoleSentence:
    """A CoNLL sentence: tokens, their BIO tags, the text rebuilt with single spaces,
    and each token's (start, end) in that text."""

    id: str
    tokens: list[str]
    tags: list[str]
    text: str = ""
    offsets: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.text:
            self.text, self.offsets = join_tokens(self.tokens)

    @property
    def split_key(self) -> str:
        """The text the dev/test split is hashed on: tokens joined by single spaces, as before
        clitics were re-attached (so the halves, and what was never looked at, stay the same)."""
        return " ".join(self.tokens)

    def role_tokens(self, role: str) -> set[int]:
        """Indices of tokens tagged B-role or I-role ('S' source, 'T' target)."""
        return {i for i, t in enumerate(self.tags) if t in (f"B-{role}", f"I-{role}")}


CLITICS = frozenset({"'s", "’s", "n't", "n’t", "'", "’"})  # written against the word before them


def join_tokens(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Text with tokens separated by one space, except that clitics split off by the gold file's
    tokenizer are written back against their word ("Mexico ’ s policy" → "Mexico’s policy": news never
    prints the former, and the parser misreads it), and each token's char offsets."""
    offsets: list[tuple[int, int]] = []
    parts: list[str] = []
    pos = 0
    for k, tok in enumerate(tokens):
        glued = k > 0 and (tok in CLITICS or (tokens[k - 1] in {"'", "’"} and tok in {"s", "t"}))
        if k > 0 and not glued:
            parts.append(" ")
            pos += 1
        offsets.append((pos, pos + len(tok)))
        parts.append(tok)
        pos += len(tok)
    return "".join(parts), offsets


def split_of(text: str) -> str:
    """'dev' or 'test', fixed by an MD5 of the whitespace-normalised text (about 50/50)."""
    digest = hashlib.md5(" ".join(text.split()).encode("utf-8")).hexdigest()
    return "dev" if int(digest, 16) % 2 == 0 else "test"


def in_split(text: str, split: str) -> bool:
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}: use one of {', '.join(SPLITS)}")
    return split == "all" or split_of(text) == split


def read_plover_gsr(path: Path) -> list[GoldSentence]:
    """PLOVER GSR (JSON array of records with `event`, `text`, optional `mode`),
    with PLOVER 0.5 names mapped to PLOVER 2 and DOCUMENT records skipped.
    Curly braces (markup left in some texts) are removed."""
    try:
        records = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise GoldFormatError(f"{path}: not valid JSON: {exc}") from None
    if not isinstance(records, list):
        raise GoldFormatError(f"{path}: expected a JSON array of records")
    out: list[GoldSentence] = []
    for i, rec in enumerate(records):
        if not isinstance(rec, dict) or "event" not in rec:
            raise GoldFormatError(f"{path}: record {i} has no 'event'")
        event = str(rec["event"]).strip().upper()
        if event in PLOVER05_SKIP:
            continue
        text = rec.get("text")
        if not isinstance(text, str) or not text.strip():
            raise GoldFormatError(f"{path}: record {i} ({rec.get('id', '?')}) has no text")
        text = " ".join(text.replace("{", " ").replace("}", " ").split())
        mode = rec.get("mode")
        out.append(GoldSentence(
            id=str(rec.get("id", i)), text=text, label=PLOVER05_TO_2.get(event, event),
            mode=str(mode).strip().lower() or None if mode else None,
            source=_gsr_actors(rec.get("source")), target=_gsr_actors(rec.get("target")),
        ))
    return out


@lru_cache(maxsize=1)
def _iso3() -> frozenset[str]:
    from ..actors.kb import default_kb
    return frozenset(default_kb().countries)


def _gsr_actors(value: object) -> list[GoldActor]:
    """The actors of a GSR `source`/`target` field: a list of {actorText, code, sector}; the file
    also holds None, '' and stray strings there, which mean no coded actor."""
    if not isinstance(value, list):
        return []
    out = []
    for item in value:
        if isinstance(item, dict) and item.get("code"):
            sector = item.get("sector")
            out.append(GoldActor(text=" ".join(str(item.get("actorText") or "").split()),
                                 code=str(item["code"]).strip().upper(),
                                 sector=str(sector).strip() if sector else None))
    return out


def read_cameo_codebook(path: Path) -> list[GoldSentence]:
    """CAMEO codebook CSV (columns `code`, `example`): one sentence per code that has an
    example; label = the CAMEO code."""
    out: list[GoldSentence] = []
    with open(path, encoding="utf-8", errors="replace", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = {"code", "example"} - set(reader.fieldnames or [])
        if missing:
            raise GoldFormatError(f"{path}: missing columns {', '.join(sorted(missing))}")
        for row in reader:
            example = " ".join((row.get("example") or "").replace("\ufffd", "'").split())
            code = (row.get("code") or "").strip()
            if not example or example == "NA":
                continue
            if not code.isdigit():
                raise GoldFormatError(f"{path}: line {reader.line_num}: bad CAMEO code {code!r}")
            out.append(GoldSentence(id=code, text=example, label=code))
    return out


def read_conflibert_class(path: Path) -> list[GoldSentence]:
    """ConfliBERT classification TSV: `sentence<TAB>label` with label 0..4 (quad class)."""
    out: list[GoldSentence] = []
    with open(path, encoding="utf-8", newline="") as fh:
        for lineno, line in enumerate(fh, start=1):
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            text, sep, label = line.rpartition("\t")
            label = label.strip()
            if not sep or label not in {"0", "1", "2", "3", "4"}:
                raise GoldFormatError(f"{path}: line {lineno}: expected 'sentence<TAB>0..4'")
            out.append(GoldSentence(id=str(lineno), text=" ".join(text.split()), label=label))
    return out


def read_conll_roles(path: Path) -> list[RoleSentence]:
    """CoNLL BIO file, `token tag` per line, blank line between sentences.
    Tags: B-S/I-S source, B-T/I-T target (other tags are kept but not scored)."""
    out: list[RoleSentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    start_line = 1

    def flush() -> None:
        if tokens:
            out.append(RoleSentence(id=str(start_line), tokens=list(tokens), tags=list(tags)))
        tokens.clear()
        tags.clear()

    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            parts = line.split()
            if not parts:
                flush()
                start_line = lineno + 1
                continue
            if len(parts) < 2:
                raise GoldFormatError(f"{path}: line {lineno}: expected 'token tag'")
            if not tokens:
                start_line = lineno
            tokens.append(parts[0])
            tags.append(parts[-1])
    flush()
    return out
