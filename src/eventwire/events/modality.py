"""Modality and reporting: did it happen, will it, might it, was it refused, or
does a party with a stake only claim it? Decided from the parse around the
trigger and the cue words in data/events/modality.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Token

from ..model import Actor
from .lexicon import _uninflect, is_title_case
from .syntax import ancestors_upto, backshifted_conjunct, children, infinitival
from .wordlists import STATE_SECTORS, role_words


@dataclass(frozen=True)
class Cues:
    speech: frozenset[str]
    claim: frozenset[str]
    future_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    hypothetical_marks: frozenset[str]
    intent: frozenset[str]
    request: frozenset[str]
    negation_heads: frozenset[str]
    negation_words: frozenset[str]
    refusal: frozenset[str]
    scheduled: frozenset[str]
    obligation_aux: frozenset[str] = frozenset()
    asked_objects: frozenset[str] = frozenset()
    conditional_phrases: frozenset[str] = frozenset()
    negative_subjects: frozenset[str] = frozenset()
    habitual_adverbs: frozenset[str] = frozenset()
    generic_subjects: frozenset[str] = frozenset()
    habitual_times: frozenset[str] = frozenset()
    permission: frozenset[str] = frozenset()
    occurrence: frozenset[str] = frozenset()
    request_nouns: frozenset[str] = frozenset()
    imminent: frozenset[str] = frozenset()
    near_miss: frozenset[str] = frozenset()
    plan_nouns: frozenset[str] = frozenset()
    persuasion: frozenset[str] = frozenset()
    amount_verbs: frozenset[str] = frozenset()
    attempt: frozenset[str] = frozenset()
    attempted_acts: frozenset[str] = frozenset()
    abstention: frozenset[str] = frozenset()
    pending: frozenset[str] = frozenset()
    joining: frozenset[str] = frozenset()  # 'urged him to join her in attacking': the gerund is what is joined in
    circumstance_marks: frozenset[str] = frozenset()  # 'announced [after the group seized …]': when, not what
    aspect_speech: frozenset[str] = frozenset()  # 'will continue [to support them]': going on, not saying
    denial: frozenset[str] = frozenset()  # 'denied [that it backs the rebels]': the speaker says it did not happen
    awaited: frozenset[str] = frozenset()  # 'will not negotiate [until the group withdraws]': a condition, not yet met


@lru_cache(maxsize=None)
def cues() -> Cues:
    d = yaml.safe_load(resources.files("eventwire").joinpath("data/events/modality.yaml").read_text("utf-8"))
    f = lambda k: frozenset(str(w) for w in d[k])  # noqa: E731
    return Cues(f("speech_verbs"), f("claim_verbs"), f("future_aux"), f("hypothetical_aux"), f("hypothetical_marks"),
                f("intent_verbs"), f("request_verbs"), f("negation_heads"), f("negation_words"), f("refusal_verbs"), f("scheduled_words"),
                f("obligation_aux"), f("asked_objects"), f("conditional_phrases"), f("negative_subjects"), f("habitual_adverbs"),
                f("generic_subjects"), f("habitual_times"), f("permission_verbs"), f("occurrence_verbs"), f("request_nouns"),
                f("imminent_words"), f("near_miss_adverbs"), f("plan_nouns"), f("persuasion_verbs"), f("amount_verbs"),
                f("attempt_verbs"), f("attempted_acts"), f("abstention_verbs"), f("pending_adverbs"), f("joining_verbs"),
                f("circumstance_marks"), f("aspect_speech_verbs"), f("denial_verbs"), f("awaited_marks"))


@dataclass(frozen=True)
class Modality:
    value: str
    cue: str  # the words that decided it, for --explain


@dataclass(frozen=True)
class Report:
    verb: Token  # the speech verb ("said", "claimed")
    speaker: Token | None  # its subject


def _aux_words(verb: Token) -> list[str]:
    return [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


_WH_TAGS = {"WDT", "WP", "WP$", "WRB"}
_QUOTE_PUNCT = {'"', "'", "“", "”", "‘", "’", "``", "''", "-", "—", "–", "(", "["}


def _direct_question(anchor: Token) -> str | None:
    """A direct question around the trigger ("Did the army shell the town?", "Will you pledge to …?", "Why did
    they attack?"): the stretch from the last "?" before the trigger (or the sentence start) to the first "?"
    after it opens with an auxiliary before its subject or a wh-word. A question asserts nothing."""
    sent = anchor.sent
    end = next((t for t in sent if t.i >= anchor.i and t.text == "?"), None)
    if end is None:
        return None
    start = max((t.i + 1 for t in sent if t.i < anchor.i and t.text in {"?", ":", ";"}), default=sent.start)
    first = next((t for t in anchor.doc[start:end.i] if not (t.is_punct or t.text in _QUOTE_PUNCT or t.is_space)), None)
    if first is None:
        return None
    if first.tag_ in _WH_TAGS:
        return first.text
    if first.tag_ == "MD" or (first.lemma_.lower() in {"be", "do", "have"} and first.pos_ == "AUX"):
        # the auxiliary comes before its clause's subject: "Did the army …", not "Do it now?"
        verb = first.head if first.dep_ in {"aux", "auxpass", "neg"} else first
        subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
        if subj and all(s.i > first.i for s in subj):
            return first.text
    return None


def _negative_subject(verb: Token) -> str | None:
    """'Neither the mayor nor her aides have been charged', 'No one attacked', 'None of the soldiers …',
    'No troops crossed': the subject says the act was done by no one."""
    c = cues()
    for subj in (ch for ch in verb.children if ch.dep_ in {"nsubj", "nsubjpass"}):
        low = subj.lower_
        if low in c.negative_subjects:
            return subj.text
        if any(ch.dep_ == "preconj" and ch.lower_ == "neither" for ch in subj.children):
            return "neither"
        if any(ch.dep_ == "det" and ch.lower_ == "no" for ch in subj.children):
            return "no " + subj.text
    return None


def _simple_present(verb: Token) -> bool:
    """'meets', 'arrest', 'get shot': present tense with no auxiliary of time, mood or aspect."""
    aux = [a for a in verb.children if a.dep_ in {"aux", "auxpass"}]
    if verb.tag_ in {"VBZ", "VBP"}:
        return not aux
    if verb.tag_ == "VBN":  # "you get shot", "protesters are arrested"
        return bool(aux) and all(a.dep_ == "auxpass" and a.tag_ in {"VBZ", "VBP"} for a in aux)
    return False


PENDING_CUE = "yet to"


def _pending(verb: Token) -> bool:
    """'The delegates have yet to commit': 'have' with 'yet' over the act's infinitive."""
    return verb.lemma_.lower() == "have" and any(c.dep_ == "advmod" and c.lower_ in cues().pending for c in verb.children)


def not_done(modality: Modality, anchor: Token) -> bool:
    """'has never met Putin', 'never signed the pact', 'has yet to sign': not happened so far; no party is
    reported refusing it (no CAMEO 12x code). 'did not', 'would not', 'has not recognised', 'refused to' stay refusals."""
    if modality.value == "negated" and modality.cue == PENDING_CUE:
        return True
    if modality.value != "negated" or modality.cue != "not":
        return False
    if not any(c.dep_ == "neg" and c.lower_ == "never" for c in anchor.children):
        return False
    aux = _aux_words(anchor)
    return all(a in _PERFECT_AUX for a in aux) and (bool(aux) or anchor.tag_ == "VBD")


_PERFECT_AUX = frozenset({"have", "has", "had", "'ve"})


def _habitual_time(verb: Token) -> str | None:
    """'meets on Fridays', 'works nights': a plural time the act recurs at."""
    times = cues().habitual_times
    for ch in verb.children:
        if ch.dep_ == "npadvmod" and ch.lower_ in times:
            return ch.text
        if ch.dep_ == "prep" and any(o.lower_ in times for o in children(ch, {"pobj"})):
            return f"{ch.text} {next(o.text for o in children(ch, {'pobj'}) if o.lower_ in times)}"
    return None


def _do_present(verb: Token) -> bool:
    """'does not meet', "don't meet": the simple present with do-support, as negation and questions have it."""
    aux = [a for a in verb.children if a.dep_ in {"aux", "auxpass"}]
    return verb.tag_ == "VB" and bool(aux) and all(a.lemma_.lower() == "do" and a.tag_ in {"VBZ", "VBP"} for a in aux)


def _negated_habit(verb: Token) -> str | None:
    """'The council never meets on Fridays', "Lawmakers traditionally don't meet on Fridays": a negated habit
    of the simple present says what is not done as a rule, not that a party refused an act (no CAMEO 12x).
    Needs a mark of habit ('never', a habitual adverb, a plural time): "Russia does not recognise the vote" stays a refusal."""
    c = cues()
    if not (_simple_present(verb) or _do_present(verb)):
        return None
    for ch in verb.children:
        if ch.dep_ in {"advmod", "neg"} and ch.lower_ in c.habitual_adverbs:
            return ch.text
    return _habitual_time(verb)


def _generic(verb: Token) -> str | None:
    """A habit or a rule, not an act: 'you get shot if you cross the line', 'one gets arrested for that',
    'police usually arrest them'. Simple present with a generic subject or a habitual adverb."""
    c = cues()
    if not _simple_present(verb):
        return None
    for ch in verb.children:
        if ch.dep_ in {"nsubj", "nsubjpass"} and ch.lower_ in c.generic_subjects and not list(ch.children):
            return ch.text
        if ch.dep_ == "advmod" and ch.lower_ in c.habitual_adverbs and ch.lower_ != "never":
            return ch.text
    return _habitual_time(verb)


def _permitted(anchor: Token) -> str | None:
    """'The law allows police to detain suspects', 'asylum seekers are allowed to leave': an act a standing rule
    permits (a permission verb in the simple present over the act's infinitive) is a power, not something done."""
    head = anchor.head
    if head == anchor or anchor.dep_ not in {"xcomp", "ccomp"} or head.lemma_.lower() not in cues().permission:
        return None
    if anchor.dep_ == "ccomp" and not infinitival(anchor):
        return None
    return head.text if _simple_present(head) else None


def _lemmas(verb: Token) -> set[str]:
    """The verb's lemma and its un-inflected forms: the small model lemmatises "hopes" as 'hop'."""
    return {verb.lemma_.lower(), *_uninflect(verb.lower_)}


def _loose_in_gerund(verb: Token) -> bool:
    """'referencing her role in rallying supporters': a gerund under "in" that the verb above does not govern as a
    cue ("persisted in", "refrained from", "join X in" do) describes a role or a past deed, so what asks or plans above it
    does not reach it."""
    if not (verb.dep_ == "pcomp" and verb.head.lower_ == "in"):
        return False
    if verb.head.head.pos_ in {"NOUN", "PROPN"}:
        return True  # 'her role in rallying', 'his part in organising': a deed described, not one asked for
    c = cues()
    return not _lemmas(verb.head.head) & (c.refusal | c.abstention | c.request | c.intent | c.attempt | c.joining)


def _controlled_advcl(verb: Token) -> bool:
    """'convince a judge [to release the prisoners]' parsed as a purpose clause: an infinitive under a verb of
    persuading, intending or refusing is that verb's complement, as its xcomp would be ('called a meeting to
    discuss …' is a purpose)."""
    c = cues()
    return (verb.dep_ == "advcl" and infinitival(verb)
            and bool(_lemmas(verb.head) & (c.persuasion | c.intent | c.attempt | c.refusal)))


def _were_to(anchor: Token) -> str | None:
    """'if America were to slap tariffs', 'Were America to slap tariffs, …': a subjunctive 'were' over the
    act's infinitive supposes the act, with or without 'if'."""
    cur = anchor
    for _ in range(3):
        head = cur.head
        if head == cur or cur.dep_ not in {"xcomp", "advcl"} or not infinitival(cur):
            return None
        if head.lower_ == "were" and head.pos_ == "AUX":
            return "were to"
        cur = head
    return None


def _near_miss(verb: Token) -> str | None:
    """'The army nearly captured the town': 'nearly'/'almost' just before the verb (auxiliaries between) says the
    act did not happen; 'killed nearly 200 people' qualifies a number, 'attacks nearly doubled' an amount."""
    if _lemmas(verb) & cues().amount_verbs:
        return None
    for adv in verb.children:
        if adv.dep_ == "advmod" and adv.lower_ in cues().near_miss and adv.i < verb.i:
            between = verb.doc[adv.i + 1:verb.i]
            if all(t.dep_ in {"aux", "auxpass", "neg"} for t in between):
                return adv.text
    return None


def _planned_purpose(anchor: Token) -> str | None:
    """'Plans were drawn up to attack the town', 'a plot was hatched to kill …', 'a plan to attack the embassy':
    the purpose infinitive of a verb whose subject or object is a plan, or of a plan noun, is what the plan
    intends, not something done."""
    if anchor.dep_ not in {"advcl", "xcomp", "acl"} or not infinitival(anchor):
        return None
    if any(a.dep_ == "advmod" and a.lower_ == "only" and a.i < anchor.i for a in anchor.children):
        return None  # "dismissed the plans, only to adopt them": what followed, not the plan's purpose
    if anchor.dep_ == "acl":  # "a plan to attack the embassy"
        return anchor.head.text if anchor.head.lemma_.lower() in cues().plan_nouns else None
    plans = [c for c in anchor.head.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.lemma_.lower() in cues().plan_nouns]
    return plans[0].text if plans else None


def _object_purpose(anchor: Token) -> list[Token]:
    """'will assemble a force [to round up] migrants': an infinitive on the object says what the object is for, as
    future (or as supposed) as the verb that acts on the object."""
    noun = anchor.head
    if anchor.dep_ in {"relcl", "acl"} and infinitival(anchor) and noun.dep_ == "dobj" and noun.head.pos_ in {"VERB", "AUX"}:
        return [noun.head]
    return []


def _conditional_phrase(verb: Token) -> str | None:
    """The clause follows 'in case', 'provided (that)', 'as long as', 'on condition that': the parse
    does not mark these as 'if', so read the words just before the clause."""
    c = cues()
    left = verb.left_edge
    words = [t.lower_ for t in verb.doc[max(verb.sent.start, left.i - 4):left.i]]
    if left.dep_ == "mark" and left.i < verb.i:
        words.append(left.lower_)
    text = " ".join(words)
    return next((p for p in sorted(c.conditional_phrases, key=len, reverse=True) if text == p or text.endswith(" " + p)), None)


def threat_condition(anchor: Token) -> Token | None:
    """The condition that makes an announced act a threat: an 'unless' clause, or an 'if' clause that
    is negated ("will withdraw its troops unless …", "would cut supplies if Kyiv did not pay"): the act
    is held over the other party until it complies (PLOVER: a threat is conditional). A positive 'if'
    ("will free them if the government frees theirs") is an offer, not a threat."""
    for clause in children(anchor, {"advcl"}):
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        if "unless" in marks or ("if" in marks and (_negated(clause) or _negative_subject(clause))):
            return clause
    return None


def _headline_modality(anchor: Token) -> Modality:
    """A Title Case headline's verb ("Rebels Deny Attacking Convoy"): the tagger calls its words
    proper nouns and the parse is a chain of compounds, so the cue words before the trigger are
    read in order of strength instead of the tree."""
    c = cues()
    words = [w for t in anchor.sent if t.i < anchor.i for w in _uninflect(t.lower_)]
    for found, kind in ((c.negation_words, "negated"), (c.refusal, "negated"), (c.request, "requested"), (c.intent, "intended"),
                        (c.obligation_aux, "requested"), (c.hypothetical_aux, "hypothetical"), (c.future_aux, "future")):
        cue = next((w for w in words if w in found), None)
        if cue is not None:
            return Modality(kind, cue)
    return Modality("asserted", "")


def modality_of(anchor: Token) -> Modality:
    """`anchor` is the trigger verb, or for a noun trigger the verb that governs it."""
    c = cues()
    if anchor.pos_ == "PROPN" and is_title_case(anchor.sent):
        return _headline_modality(anchor)
    # "no signs of stepping up air attacks": a negated head noun above the trigger.
    for up in ancestors_upto(anchor, 5):
        if up.lemma_.lower() in c.negation_heads and any(d.lower_ in {"no", "not"} or d.dep_ == "neg" for d in up.children):
            return Modality("negated", f"no {up.text}")
        if up.pos_ in {"VERB", "AUX"}:
            break
    asked = _direct_question(anchor)
    if asked is not None:
        return Modality("hypothetical", f"question ({asked} …?)")
    awaited = _awaited(anchor, c)
    if awaited is not None:
        return Modality("hypothetical", awaited)
    warner = anchor.head.head if anchor.dep_ == "pcomp" and anchor.head.lower_ == "against" else None
    if (warner is not None and warner.lemma_.lower() in role_words()["dissuasion_verbs"]
            and anchor.lemma_.lower() not in role_words()["ongoing_verbs"]):  # 'against continuing its incursions': they go on
        return Modality("hypothetical", f"{warner.text} against")  # 'warned China against providing weapons'
    chain = [anchor]
    # the trigger's own clause and the verbs that control it (xcomp chain: "refused to say", "plans to withdraw")
    cur = anchor
    while (cur.dep_ in {"xcomp", "pcomp"} or _controlled_advcl(cur)) and cur.head != cur and not _loose_in_gerund(cur):
        cur = cur.head if cur.dep_ in {"xcomp", "advcl"} else cur.head.head
        chain.append(cur)
    supposed = False  # "no decision had been made about whether to appeal": the appeal is open, not denied
    for verb in chain:
        if _negated(verb):
            habit = _negated_habit(verb) if verb == anchor else None
            return Modality("hypothetical", f"habit ({habit})") if habit else Modality("negated", "not")
        supposed = supposed or any(m.dep_ == "mark" and m.lower_ in c.hypothetical_marks for m in verb.children)
        # "Neither X nor Y should be permitted": a modal says what ought not be, not that it was not done
        nobody = None if supposed or any(a in c.hypothetical_aux | c.obligation_aux for a in _aux_words(verb)) else _negative_subject(verb)
        if nobody is not None:
            return Modality("negated", nobody)
    for verb in chain[1:]:
        lemmas = _lemmas(verb)
        if _pending(verb):  # "have yet to commit": not done so far
            return Modality("negated", PENDING_CUE)
        if lemmas & (c.refusal | c.abstention):  # "refused to attack", "refrained from attacking"
            return Modality("negated", verb.text)
        if lemmas & c.request:
            return Modality("requested", verb.text)
        if lemmas & c.intent or (lemmas & c.attempt and not _lemmas(anchor) & c.attempted_acts):
            return Modality("intended", verb.text)
        if lemmas & c.imminent:  # "were about to attack"
            return Modality("future", verb.text)
    supposed_act = _were_to(anchor)
    if supposed_act is not None:
        return Modality("hypothetical", supposed_act)
    planned = _planned_purpose(anchor)
    if planned is not None:
        return Modality("intended", f"purpose of {planned}")
    permitted = _permitted(anchor)
    if permitted is not None:
        return Modality("hypothetical", f"permitted ({permitted})")
    shares_aux = anchor.dep_ == "conj" and not _aux_words(anchor)  # "will participate and press": the head's auxiliaries
    # "will travel to Doha to urge the Taliban": a purpose infinitive is as future as the act it is the purpose of
    purpose = anchor.dep_ == "advcl" and infinitival(anchor)
    for verb in chain + ([anchor.head] if shares_aux or purpose else []) + _object_purpose(anchor):
        aux = _aux_words(verb)
        if any(a in c.obligation_aux for a in aux):
            return Modality("requested", next(a for a in aux if a in c.obligation_aux))
        if _backshifted_will(verb, aux, c):
            return Modality("future", "would (reported will)")
        if any(a in c.hypothetical_aux for a in aux):
            return Modality("hypothetical", next(a for a in aux if a in c.hypothetical_aux))
        if any(m.dep_ == "mark" and m.lower_ in c.hypothetical_marks for m in verb.children):
            return Modality("hypothetical", "if")
        phrase = _conditional_phrase(verb)
        if phrase is not None:
            return Modality("hypothetical", phrase)
        if any(a in c.future_aux for a in aux) or ("going" in aux and "to" in aux):
            return Modality("future", next((a for a in aux if a in c.future_aux), "going to"))
        if verb.lower_ in c.scheduled and any(a.dep_ == "auxpass" for a in verb.children):  # "talks are scheduled"
            return Modality("future", verb.text)
    asking = asked_for(anchor)
    if asking is not None:
        return Modality("requested", asking.text)
    near = _near_miss(anchor)
    if near is not None:
        return Modality("hypothetical", near)
    generic = _generic(anchor)
    if generic is not None:
        return Modality("hypothetical", f"generic ({generic})")
    return Modality("asserted", "")


def mistagged_verb(t: Token) -> bool:
    """A verb coordinated with a verb and tagged NOUN, with no determiner: 'will participate and press for …'."""
    return t.pos_ == "NOUN" and t.dep_ == "conj" and t.head.pos_ == "VERB" and not any(c.dep_ == "det" for c in t.children)


def asked_for(anchor: Token) -> Token | None:
    """The verb of asking whose complement the event is, when the parse does not chain it as one: "demanded
    that the army withdraw", "called for the army to withdraw", "pressed for a pledge not to recognize …",
    "sought a promise to free …". What is asked for is requested of someone, not done. Verbs of speech
    ("told reporters that …") report, they do not ask."""
    c = cues()
    asking = c.request - c.speech
    head = anchor.head
    if head == anchor:
        return None
    lemma = head.lemma_.lower()
    if anchor.dep_ == "ccomp" and lemma in asking and not any(a.dep_ == "aux" for a in anchor.children) and (
            anchor.tag_ == "VB" or (anchor.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.lower_ == "be" for a in anchor.children))):
        return head  # "demanded that the army withdraw", "… that the troops be withdrawn": the subjunctive of a demand
    if anchor.dep_ == "xcomp" and lemma in asking and head.pos_ == "VERB":
        return head  # "urged them not to allow …": the act asked for, however the refusal in it is read
    if anchor.dep_ == "advcl" and lemma in asking and any(m.dep_ == "mark" and m.lower_ == "for" for m in anchor.children):
        return head  # "called for the army to withdraw"
    if not (anchor.dep_ == "acl" and infinitival(anchor)):
        return None
    if head.pos_ == "NOUN" and head.lemma_.lower() in c.request_nouns:
        return head  # "the Russian request [to meet the prisoner]": the noun itself asks
    cur = head  # "a pledge [to release the hostages]": the noun the infinitive completes, then what asks for it
    for _ in range(4):
        if cur.pos_ in {"VERB", "AUX"} or mistagged_verb(cur):
            break
        if cur.dep_ in {"conj", "appos"}:  # "a ceasefire and a commitment not to …"
            cur = cur.head
        elif cur.dep_ == "pobj" and cur.head.lower_ == "for" and cur.head.dep_ == "prep":  # "pressed for a commitment"
            cur = cur.head.head
            if cur.pos_ in {"VERB", "AUX"} or mistagged_verb(cur):  # "will participate and press for …": 'press' tagged NOUN
                return cur if cur.lemma_.lower() in asking else None
        elif cur.dep_ == "dobj":  # "urged a pledge", "sought a promise"; not "called a meeting to discuss"
            return cur.head if cur.head.lemma_.lower() in c.asked_objects else None
        else:
            return None
    # a noun the parser coordinates with the verb of asking ("will press for a ceasefire and a commitment")
    verbal = cur.pos_ in {"VERB", "AUX"} or mistagged_verb(cur)
    return cur if verbal and cur.lemma_.lower() in asking and head.dep_ == "conj" else None


def _backshifted_will(verb: Token, aux: list[str], c: Cues) -> bool:
    """'the government said troops would retake the area', 'the WFP said it would send rice': 'would' in what a
    speaker said in the past is their 'will'. Not with a condition ('said it would halt talks if …'), a question
    ('asked whether it would …'), or another modal beside it ('would have', 'would be able to')."""
    if aux != ["would"] or verb.dep_ != "ccomp" or verb.head.tag_ != "VBD" or verb.head.lemma_.lower() not in c.speech:
        return False
    if any(m.dep_ == "mark" and m.lower_ in c.hypothetical_marks for m in verb.children):
        return False
    return not any(a.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in c.hypothetical_marks for m in a.children)
                   for a in verb.children)


def _awaited(verb: Token, c: Cues) -> str | None:
    """'would not negotiate [until the paramilitary group withdrew]': a clause an act not done or not yet done waits
    for is a condition, not an act that happened ('fighting went on until the army withdrew' is one)."""
    mark = next((m for m in verb.children if m.dep_ == "mark" and m.lower_ in c.awaited), None)
    if mark is None or verb.dep_ != "advcl":
        return None
    head = verb.head
    if _negated(head) or any(a in c.future_aux | c.hypothetical_aux for a in _aux_words(head)):
        return f"{mark.text}: what '{head.text}' waits for"
    return None


def announced(anchor: Token, report: Report | None, act: Token | None = None) -> bool:
    """Does a party say it would do the act ("said it would halt the talks if …", "pledged that it would lift
    the restrictions"), or is the act a guess or an open question ("could attack the town", "would not say
    whether it might continue the strikes")? A hypothetical act counts as announced only in the first case. `act`: the
    event noun when `anchor` is the verb it hangs on."""
    c = cues()
    if (act is not None and act.dep_ in {"nsubj", "nsubjpass"} and act.head.i == anchor.i and act.i != anchor.i
            and anchor.lemma_.lower() not in c.occurrence):
        return False  # "said praise from Putin would not affect his policy": what is said is of the act, not the act
    cur = anchor
    for _ in range(6):
        if report is not None and cur == report.verb:
            return True
        if any(m.dep_ == "mark" and m.lower_ in c.hypothetical_marks | c.awaited for m in cur.children):
            return False  # "whether it might …", "if they attack", "until they withdraw": asked about or supposed, not announced
        head = cur.head
        if head == cur:
            break
        if cur.dep_ in {"ccomp", "xcomp"} and head.lemma_.lower() in c.speech | c.intent:  # "pledged that it would …"
            return True
        cur = head
    return report is not None


def noun_modality(noun: Token) -> Modality | None:
    """What the noun's own phrase says: 'planned talks', 'the withdrawal date', 'no talks'."""
    c = cues()
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in c.scheduled:
        return Modality("future", noun.head.text)
    wrapper = noun.head.head if noun.head.dep_ == "prep" and noun.head.lower_ == "of" else None  # "planned rounds of talks"
    for head in (noun, wrapper):
        if head is not None and any(m.lower_ in c.scheduled for m in head.children if m.dep_ in {"amod", "compound"}):
            return Modality("future", "scheduled")
    if any(m.dep_ == "det" and m.lower_ == "no" for m in noun.children):
        return Modality("negated", "no")
    return _subject_of_denial(noun)


def _subject_of_denial(noun: Token) -> Modality | None:
    """'The meeting did not make any progress', 'the attack did not kill anyone': an event named as the subject
    of a plainly negated predicate took place; the 'not' denies what it did (unlike 'the talks did not take place'). Under a
    modal ('sanctions would not change its course') the act is supposed, and the 'not' is still no refusal of it."""
    subj = noun
    while subj.dep_ == "pobj" and subj.head.lower_ == "of" and subj.head.head.pos_ == "NOUN":  # "the convening of such a meeting"
        subj = subj.head.head
    verb = subj.head
    if subj.dep_ != "nsubj" or verb.pos_ not in {"VERB", "AUX"} or not _negated(verb) or verb.lemma_.lower() in cues().occurrence:
        return None
    if verb.dep_ in {"xcomp", "advcl", "acl", "relcl"} or (verb.dep_ == "ccomp" and verb.head.lemma_.lower() not in cues().speech):
        return None  # "ensuring that the strikes do not cause disruption": a clause wished for, not a statement of fact
    modal = next((a for a in verb.children if a.dep_ in {"aux", "auxpass"} and a.lemma_.lower() not in {"do", "have", "be"}), None)
    if modal is not None:  # "praise from Putin would not affect his policy": the praise is supposed, not refused
        return Modality("hypothetical", f"subject of '{modal.text} not {verb.text}'")
    return Modality("asserted", f"subject of a negated '{verb.text}'")


def _circumstance(clause: Token) -> bool:
    """An adverbial clause a subordinator marks as a time, reason or concession of its head."""
    marks = cues().circumstance_marks
    return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def report_of(anchor: Token) -> Report | None:
    """The speech verb the event == reported under: 'officials said [the US has been launching]'."""
    speech = cues().speech
    cur = anchor
    for _ in range(6):
        head = cur.head
        if head == cur or backshifted_conjunct(cur):  # '… said [the agency had received …], and urged donors': not reported
            break
        if head.lemma_.lower() in speech and cur.dep_ in {"ccomp", "xcomp", "parataxis", "dobj", "advcl", "conj"} | {"ROOT"}:
            if cur.dep_ == "advcl" and cur.i > head.i and _circumstance(cur) or cur.dep_ == "xcomp" and head.lemma_.lower() in cues().aspect_speech:
                # 'announced [after the armed group seized …]' says when, 'will continue [to support them]' says nothing
                # (a clause before the verb may be what is reported: '[The day before she vanished she withdrew …], reports the Times')
                cur = head
                continue
            subj = children(head, {"nsubj", "nsubjpass"})
            return Report(head, subj[0] if subj else None)
        cur = head
    # "..., the department announced": spaCy may hang the speech verb under the main verb.
    for child in anchor.children:
        if child.dep_ in {"parataxis", "advcl", "ccomp"} and child.lemma_.lower() in speech and child.i > anchor.i:
            subj = children(child, {"nsubj"})
            if subj:
                return Report(child, subj[0])
    return None


def is_claim(cue_lemma: str, reporter: Actor | None, actor: Actor | None) -> bool:
    """A report is a claim when its verb says so ("claimed") or a non-state party announces its
    own operation: unverified by construction. Shared with the quotes stage."""
    if cue_lemma in cues().claim:
        return True
    return bool(reporter and actor and reporter.name == actor.name and actor.sector not in STATE_SECTORS | {"IGO"})
