"""Within-document coreference without a neural model: surname-only names, definite
descriptions ("the department", "the armed group") and pronouns resolve to an earlier mention
using the parse (subjects and reporting frames preferred), agreement (he/she -> person,
it -> organisation/state/group, they -> group/plural/organisation), semantic class (from the
`refers` column of agents.tsv) and recency."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from . import business, people
from .kb import KB

if TYPE_CHECKING:
    from .resolve import Entity, M

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
NOMINAL_WINDOW = 8  # sentences a definite description looks back
PRONOUN_WINDOW = 2  # sentences a pronoun looks back (plus its own)
FIRM_REASONS = ("subject of the reporting verb", "subject of the same clause")  # pronoun readings that fix a gender
PLURAL_MISMATCH = 2.0  # what 'they' costs a singular organisation
# what 'she' gains from a candidate known to be of its gender over one whose gender nothing says ('her' after
# 'Austan D. Goolsbee' and 'Hillary Clinton'; rules.yaml known_gender_pronouns): less than the reporting frame or
# the same clause, which still win
KNOWN_GENDER = 3.0
# what a name modifying another actor's phrase ('a Hillary Clinton administration') costs as a pronoun's antecedent:
# as much as a sentence of distance, so that it wins mostly where its known gender agrees ('... as her campaign')
MODIFIER_COST = 3.0
# 'the soldiers' are a body of troops, never the 'military leaders' or the ministry named before; an armed
# group, by contrast, is often named through its leaders ('Taliban leaders said the fighters will…')
BODY_SECTORS = frozenset({"MIL"})
# generational suffixes, no part of the surname: 'Mr. Gerstner' is 'Louis Gerstner Jr.'
NAME_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})


def person_match(tokens: list[str], persons: list["Entity"], gender: str | None = None,
                 hint: str | None = None) -> "Entity | None":
    """The person a name refers to: one whose every full name is compatible with it (`same_person`: "Kirby" /
    "John Kirby", "Donald J. Trump" / "Donald Trump"; "Chelsea Clinton" is not the "Bill Clinton" whose surname
    alone came before). A name never joins a person known to be of the other gender than `gender` (from its title,
    'Mr.', 'Mrs.', 'Congresswoman', an apposition 'his wife, X', or people.tsv): "his first wife, Ivana Trump" does
    not take the next "Mr. Trump" from Donald Trump. A lone surname shared by several of the rest goes to one known
    to be of its title's gender, then to one not known to be of the other gender than `hint` (the pronoun of what
    it says: 'Okafor said she'), then to the most mentioned, then to the most recent."""
    found: list["Entity"] = []
    for ent in reversed(persons):
        e = ent.find()
        names = [n.split() for n in e.person_names]
        if e not in found and any(same_person(tokens, o) for o in names) and (
                len(tokens) == 1 or all(same_person(tokens, o) for o in names if len(o) > 1)) \
                and not conflicting(gender, e.gender or e.name_gender):
            found.append(e)
    if len(found) > 1 and len(tokens) == 1:
        found.sort(key=lambda e: (gender is not None and (e.gender or e.name_gender) != gender,
                                  conflicting(hint, e.gender or e.name_gender),
                                  -sum(not m.pronoun for m in e.mentions)))
    return found[0] if found else None


def conflicting(a: str | None, b: str | None) -> bool:
    """Two genders that are both known and differ: 'Mr. Clinton' is not the entity known as a woman."""
    return a is not None and b is not None and a != b


def same_person(a: list[str], b: list[str]) -> bool:
    """Two names of one person: equal; one name the tail of the other, either a lone surname or the
    whole shorter name ("Wasserman Schultz" / "Debbie Wasserman Schultz"); or the same first and last name
    around a middle name or initial ("Donald J. Trump" / "Donald Trump")."""
    a, b = _without_suffix(a), _without_suffix(b)
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if long_[len(long_) - len(short):] == short and (len(short) == len(long_) or len(short) == 1):
        return True
    return len(short) >= 2 and short[0] == long_[0] and short[-1] == long_[-1]


def _without_suffix(name: list[str]) -> list[str]:
    """A name without its generational suffix ('Louis Gerstner Jr.' -> 'Louis Gerstner'), unless that is all of it."""
    core = name[:-1] if len(name) > 1 and name[-1].rstrip(",") in NAME_SUFFIXES else name
    return [w.rstrip(",") for w in core]


def _matches(selector: str | None, ent: "Entity") -> bool:
    if selector is None:
        return False
    if ";" in selector:  # all of several selectors; a leading '-' negates one ('the group' is no ministry)
        return all(not _matches(part[1:], ent) if part.startswith("-") else _matches(part, ent) for part in selector.split(";"))
    key, _, value = selector.partition("~") if "~" in selector else selector.partition("=")
    if key == "name":
        return any(value.lower() in n.lower().split() for n in ent.names())
    values = set(value.split(","))
    if key == "sector":  # a default sector counts when there is no other ('the union' -> 'the Nigeria Labour Congress')
        return any(code in values for code, _, _ in (ent.sectors or ent.weak))
    if key == "kind":
        return ent.kind in values
    if key == "role":
        return any(r in values for r in ent.roles)
    return False


def nominal(m: "M", prior: list["M"], sent_of: list[int], doc: Doc, role: str | None = None,
            sectors: list[tuple[str, str]] | None = None) -> tuple["M | None", str]:
    """Antecedent of a bare definite description: first the same head word, then the semantic
    class its agents.tsv row names. 'The former president' (`role` in the past) refers to someone
    who held the role, never to its holder now. A description whose own words give a sector (`sectors`)
    is not a same-head mention of another sector ('the opposition coalition' after 'a US-led coalition')."""
    head = doc[m.np.head.root]
    lemma = head.lemma_.lower()
    here = sent_of[head.i]
    agent = m.np.head.agent
    window = _window(prior, sent_of, here)
    if role and role.startswith("former "):
        for cand in window:
            if role in cand.entity.find().roles:
                return cand, f"role={role}"
        return None, ""
    own = sectors or []
    for cand in window:
        ent = cand.entity.find()
        theirs = ent.sectors or ent.weak
        if doc[cand.head].lemma_.lower() == lemma and cand.head != head.i \
                and not (own and theirs and own[0][0] != theirs[0][0]):  # 'the opposition coalition' is not 'a US-led coalition'
            return cand, f"same head word '{head.text}'"
        if lemma in ent.roles and not cand.pronoun:
            return cand, f"'{head.text}' is its title"  # 'President Bola Tinubu's office said the president had …'
    if agent is not None and agent.refers:
        fits = [cand for cand in window if _matches(agent.refers, cand.entity.find())
                and not (agent.kind == "group" and agent.sector in BODY_SECTORS and not _a_body(cand, agent.refers))]
        if fits and agent.refers.startswith("sector=") and len(_countries(fits)) > 1:
            return None, ""  # 'the soldiers' after two countries' forces: which army is not ours to guess
        if fits and agent.refers.startswith("kind="):
            # 'The RSF … shelled the camp, according to local activists. The group denied …': of the groups in the
            # latest sentence that has any, the subject is the one the story is about, not a source cited beside it
            latest = [c for c in fits if sent_of[c.head] == sent_of[fits[0].head]]
            subject = next((c for c in latest if doc[c.head].dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None and subject.head != fits[0].head:
                return subject, f"{agent.refers}, the subject of its sentence"
        if fits and agent.refers.startswith("kind=") and not _placed(fits[0]):
            # 'The RSF denied it. In a statement on Telegram, the group said …': a group the article places
            # (a country or a sector) before a name it knows nothing of
            known = next((c for c in fits if _placed(c)), None)
            if known is not None and here - sent_of[known.head] <= PLACED_REACH:
                return known, f"{agent.refers}, a known actor before '{fits[0].entity.find().name}'"
        if fits:
            return fits[0], f"{agent.refers}"
    return None, ""


PLACED_REACH = 2  # sentences


def _placed(m: "M") -> bool:
    ent = m.entity.find()
    return bool(ent.sectors or ent.countries or ent.weak or ent.listed)


def short_form(doc: Doc, np, prior: list["M"], kb: KB) -> "M | None":
    """'the Council' after 'the UN Human Rights Council': 'the' and a capitalised head noun of organisation names
    (rules.yaml short_form_heads) refers to the last organisation named in full with that head noun."""
    if np.head.end - np.head.start != 1 or np.head.start == 0 or doc[np.head.start - 1].lower_ != "the":
        return None
    word = doc[np.head.start]
    if not word.is_title or word.lower_ not in kb.rules.get("short_form_heads", ()):
        return None
    for cand in reversed(prior):
        u = cand.np.head
        if u.end - u.start > 1 and u.what in ("org", "ner_org") and doc[u.root].text == word.text \
                and doc[u.start].text[:1].isupper() and cand.entity.find().kind != "person":
            return cand
    return None


def name_opening(doc: Doc, np, prior: list["M"], kb: KB) -> "M | None":
    """'Magna' after 'Magna International Inc.', 'Timex' after 'Timex Inc.': a name that opens the full name of a
    company named before (one ending in a legal form, rules.yaml company_suffixes) is that company's short name."""
    short = doc[np.head.start:np.head.end].text
    for cand in reversed(prior):
        ent = cand.entity.find()
        full = ent.org_name or ""
        if cand.np.head.what == "ner_org" and ent.kind != "person" and business.opens(short, full) \
                and business.has_legal_form(full, kb):
            return cand  # 'Hewlett' opens 'Hewlett-Packard Co.' too
    return None


def _window(prior: list["M"], sent_of: list[int], here: int) -> list["M"]:
    """The earlier mentions a definite description may refer to, most recent first."""
    out = []
    for cand in reversed(prior):
        if here - sent_of[cand.head] > NOMINAL_WINDOW:
            break
        out.append(cand)
    return out


def _a_body(m: "M", selector: str) -> bool:
    """A group named as a body of the selector's sector ('British special forces'), not people named by
    their office ('military leaders') nor an organisation ('the Ministry of Defence'): what 'the soldiers'
    may be."""
    agent = m.np.head.agent
    codes = selector.partition("=")[2].split(",")
    return m.entity.find().kind == "group" and (agent is None or (agent.kind == "group" and agent.sector in codes))


def _countries(ms: list["M"]) -> set[str]:
    """The countries the mentions' entities are given by their own words so far."""
    return {e.countries[0][0] for e in (m.entity.find() for m in ms) if e.countries}


SPEAKER_REACH = 1  # sentences back


def _last_speaker(doc: Doc, tok: Token, prior: list["M"], sent_of: list[int], cls: str, kb: KB) -> "M | None":
    """'Mnyika said Lissu was taken to a police station. "This is an attempt to silence us," he said': a pronoun
    that is itself the subject of a speech verb goes on with the speaker of the sentence before, not with someone
    that speaker talked about."""
    here = sent_of[tok.i]
    for cand in reversed(prior):
        back = here - sent_of[cand.head]
        if back > SPEAKER_REACH:
            break
        h = doc[cand.head]
        speaker = h.dep_ in SUBJECT_DEPS and h.head.lemma_.lower() in kb.rules["speech_verbs"] and h.head.dep_ in ("ROOT", "conj")
        if speaker and back == 0:
            return None  # 'Putney said …, but he said …': a speaker in its own sentence is for the usual scoring
        if speaker and _agrees(cls, cand):
            return cand
    return None


def _in_own_apposition(tok: Token, h: Token) -> bool:
    """A possessive pronoun on a noun in apposition with the candidate ('X, his commander', 'his commander, X'):
    nobody is their own commander."""
    if tok.dep_ != "poss":
        return False
    owner = tok.head
    return (owner.dep_ == "appos" and owner.head.i == h.i) or (h.dep_ == "appos" and h.head.i == owner.i)


def _clause_verb(tok: Token) -> Token:
    """The verb governing a pronoun (through the noun it possesses)."""
    t = tok.head if tok.dep_ == "poss" else tok
    for _ in range(4):
        if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT":
            return t
        t = t.head
    return t


def _agrees(cls: str, m: "M") -> bool:
    ent = m.entity.find()
    kind = ent.kind
    if cls == "person":
        return kind == "person" and not m.plural
    if cls == "singular":
        return kind in ("organisation", "state", "group") and not m.plural and m.np.head.what != "people"
    return (m.plural or kind in ("group", "organisation")) and kind not in ("person", "state")


def _owned_by_non_actor(tok: Token, cls: str, verb: Token, covered: set[int]) -> bool:
    """Whether the nearest subject up the pronoun's chain of clauses is a noun that is no actor but agrees
    with the pronoun ('the company has made a name for itself', 'Brands ... after neo-Nazis praise their
    products', 'the sheriff and district attorney ... their own misconduct'): the pronoun is most likely
    that noun's, and no earlier actor should take it."""
    v = verb
    for _ in range(6):
        subj = max((c for c in v.children if c.dep_ in SUBJECT_DEPS and c.i < tok.i
                    and not c.left_edge.i <= tok.i <= c.right_edge.i), key=lambda c: c.i, default=None)
        if v.i == verb.i and _co_argument(tok, v):
            subj = None  # 'his influence will help it': a verb's subject does not bind its object pronoun
        if subj is not None and subj.tag_ in ("WP", "WDT") and v.dep_ == "relcl":
            subj = v.head  # 'a man who went ... with his phone number'
        if subj is not None:
            return subj.i not in covered and subj.pos_ in ("NOUN", "PROPN") and _noun_agrees(subj, cls)
        if v.head.i == v.i:
            return False
        v = v.head
    return False


def _co_argument(tok: Token, verb: Token) -> bool:
    """A non-reflexive object pronoun of `verb` itself ('help it', 'levelled at it')."""
    if tok.dep_ == "poss" or tok.lower_.endswith(("self", "selves")) or tok.dep_ in SUBJECT_DEPS:
        return False
    return tok.head.i == verb.i or (tok.head.dep_ in ("prep", "agent") and tok.head.head.i == verb.i)


def _noun_agrees(noun: Token, cls: str) -> bool:
    """Number and person agreement of a plain noun with a pronoun class."""
    conj = any(c.dep_ == "conj" for c in noun.children)
    if cls == "plural":
        return noun.tag_ in ("NNS", "NNPS") or conj
    if cls == "singular":
        return noun.tag_ in ("NN", "NNP") and not conj and noun.ent_type_ not in ("PERSON", "NORP")
    return noun.ent_type_ == "PERSON" and not conj


def titled_gender(doc: Doc, start: int, kb: KB) -> str | None:
    """'m' or 'f' from a courtesy title or a gendered noun at or right before token `start` ('Mr. Trump',
    'Ms Clinton', 'Congresswoman Lee', 'his wife Ivana'), else None."""
    for i in (start, start - 1):
        low = doc[i].lower_ if 0 <= i < len(doc) and doc[i].pos_ != "VERB" else ""  # 'Polls Miss Trump's Fall'
        if low in kb.rules.get("masculine_titles", ()):
            return "m"
        if low in kb.rules.get("feminine_titles", ()):
            return "f"
        if (gender := noun_gender(low, kb)) is not None:
            return gender
    return None


def noun_gender(word: str, kb: KB) -> str | None:
    """'m' or 'f' for a noun that says its person's gender ('husband', 'queen'; rules.yaml *_nouns), else None."""
    return "m" if word in kb.rules.get("masculine_nouns", ()) else "f" if word in kb.rules.get("feminine_nouns", ()) else None


def apposed_gender(doc: Doc, root: int, kb: KB) -> str | None:
    """The gender of a gendered noun in apposition with the name at `root`: 'his wife, Ivana Trump',
    'Paul Delaney, her brother'."""
    tok = doc[root]
    nouns = [c for c in tok.children if c.dep_ == "appos"] + ([tok.head] if tok.dep_ == "appos" else [])
    return next((g for g in (noun_gender(n.lower_, kb) for n in nouns) if g), None)


def listed_gender(tokens: list[str], kb: KB, role: str | None = None) -> str | None:
    """The gender people.tsv gives a full name ('Bill Clinton' -> 'm'; 'Hillary R. Clinton', a listed surname and
    first name, -> 'f'), or a surname with the title `role` of an office only some of its listed bearers held
    ('Secretary Clinton' -> Hillary Clinton, 'f'), when every person so found has it."""
    if len(tokens) == 1 and role is not None:
        bearers = kb.surnames.get(tokens[0], [])
        found = people.office_holders(bearers, [role])
        found = found if len(found) < len(bearers) else []
    else:
        found = people.candidates([" ".join(tokens)], kb, surname_taken=True)[0] if len(tokens) > 1 else []
    genders = {p.gender for p in found}
    return genders.pop() if len(genders) == 1 else None


def first_name_gender(tokens: list[str], kb: KB) -> str | None:
    """'m' or 'f' from a full name's first name when only one gender bears it (rules.yaml *_first_names: 'Maria
    Okafor' -> 'f'), else None: what tells an unlisted woman from her husband of the same surname."""
    if len(tokens) < 2:
        return None
    first = tokens[0].lower()
    return "m" if first in kb.rules.get("masculine_first_names", ()) else \
        "f" if first in kb.rules.get("feminine_first_names", ()) else None


def reported_gender(doc: Doc, root: int, kb: KB) -> str | None:
    """The gender of the pronoun subject of what the name at `root` is said to say, right after the verb ('Okafor
    said she would stay', 'said that she' -> 'f'): a hint for a lone surname two people share, never a fact. Not in
    a quotation ('Clinton said, “She was the most popular”'), where 'she' is someone the speaker talks about."""
    tok = doc[root]
    verb = tok.head
    if tok.dep_ not in SUBJECT_DEPS or verb.lemma_.lower() not in kb.rules["speech_verbs"]:
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        for s in clause.children:
            if s.dep_ in SUBJECT_DEPS and s.i > verb.i and all(t.lower_ == "that" for t in doc[verb.i + 1:s.i]) \
                    and (g := gender(s, kb)) is not None:
                return g
    return None


def gender(tok: Token, kb: KB) -> str | None:
    """'m' for he/him/his, 'f' for she/her, else None (rules.yaml gendered_pronouns)."""
    low = tok.lower_
    return "m" if low in kb.rules.get("masculine_pronouns", ()) else "f" if low in kb.rules.get("feminine_pronouns", ()) else None


def known_gender(ent: "Entity") -> str | None:
    """An entity's gender as far as pronouns go: from a title or the people list, else from an earlier firm pronoun."""
    return ent.gender or ent.said_gender


def pronoun(doc: Doc, tok: Token, cls: str, prior: list["M"], later: list["M"], sent_of: list[int],
            kb: KB, actor_heads: set[int]) -> tuple["M | None", str]:
    """The antecedent of pronoun `tok` among `prior` non-pronoun mentions, or None. 'she' does not go to someone
    known to be a man (`known_gender`: 'Mr. X', or an earlier 'he')."""
    mine = gender(tok, kb)
    prefer_known = mine is not None and tok.lower_ in kb.rules.get("known_gender_pronouns", ())
    # every actor's words, before agreement narrows the candidates: a name of the other gender is still an actor,
    # not a plain noun that owns the pronoun (`_owned_by_non_actor`)
    covered = {i for m in (*prior, *later) for i in range(m.start, m.end)}
    if mine:
        prior = [m for m in prior if (known_gender(m.entity.find()) or mine) == mine]
        later = [m for m in later if (known_gender(m.entity.find()) or mine) == mine]
    verb = _clause_verb(tok)
    if cls == "singular" and tok.dep_ in ("nsubj", "nsubjpass", "expl") and (
            verb.lemma_.lower() in kb.rules["expletive_it_verbs"] or verb.lower_ in ("'s", "’s")):
        return None, ""  # "it's going to", "it seems"
    if tok.dep_ == "poss" and cls == "plural":
        # "warplanes ... to reach their targets": a plural non-actor subject owns the pronoun
        v = verb
        while not any(c.dep_ in SUBJECT_DEPS for c in v.children) and v.dep_ in ("xcomp", "advcl") and v.head.i != v.i:
            v = v.head
        for s in v.children:
            if s.dep_ in SUBJECT_DEPS and s.i < tok.i and s.tag_ in ("NNS", "NNPS") and s.i not in actor_heads:
                return None, ""
    if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in kb.rules.get("honorifics", ()):
        return None, ""  # 'His Highness', 'Her Majesty': a title, not a pronoun
    here = sent_of[tok.i]
    # reporting frame: "X announced that it had ...", "X's spokesman claimed it had ..."
    frame: set[int] = set()
    v = verb
    is_subject = tok.dep_ in SUBJECT_DEPS or (tok.dep_ == "poss" and tok.head.dep_ in SUBJECT_DEPS)
    if is_subject and v.dep_ in ("ccomp", "advcl", "xcomp") and v.head.lemma_.lower() in kb.rules["speech_verbs"]:
        for s in v.head.children:
            if s.dep_ in SUBJECT_DEPS:
                frame.add(s.i)
                frame.update(c.i for c in s.children if c.dep_ == "poss")
    if tok.dep_ in SUBJECT_DEPS and verb.i == tok.head.i and verb.dep_ in ("ROOT", "conj", "parataxis") \
            and verb.lemma_.lower() in kb.rules.get("going_on_verbs", ()):
        last = _last_speaker(doc, tok, prior, sent_of, cls, kb)
        if last is not None:
            return last, "the speaker of the sentence before"
    if cls == "plural" and frame:
        # "Egypt and Saudi Arabia, which have hosted talks, said they would …": two states together are a 'they'
        for cand in reversed(prior):
            if cand.head in frame and any(c.dep_ == "conj" for c in doc[cand.head].children):
                return cand, f"subject of the reporting verb '{v.head.text}' (a coordination)"
    # "'... support them ...,' Kirby said of the Afghan government": the object of 'said of'
    for cand in later:
        if sent_of[cand.head] != here:
            continue
        h = doc[cand.head]
        first = h
        while first.dep_ == "conj":
            first = first.head
        if first.dep_ == "pobj" and first.head.lower_ in ("of", "about") and \
                first.head.head.lemma_.lower() in kb.rules["speech_verbs"] and _agrees(cls, cand):
            return cand, f"object of '{first.head.head.text} {first.head.text}'"
    if _owned_by_non_actor(tok, cls, verb, covered):
        return None, ""
    best, best_score, best_why = None, float("-inf"), ""
    for cand in reversed(prior):
        d = here - sent_of[cand.head]
        if d > PRONOUN_WINDOW:
            break
        if cand.end > tok.i and cand.start <= tok.i:
            continue  # the phrase containing the pronoun
        if not _agrees(cls, cand):
            continue
        h = doc[cand.head]
        if _in_own_apposition(tok, h):
            continue  # 'Nhek Bunchhay, his top commander': the 'his' is someone else's
        if d == 0 and h.head.i == verb.i and tok.dep_ != "poss" and not tok.lower_.endswith(("self", "selves")) \
                and h.dep_ in ("nsubj", "dobj", "nsubjpass", "iobj"):
            continue  # co-arguments of one verb do not corefer ("the Taliban attacked them")
        score = -3.0 * d - 0.02 * (tok.i - cand.head)
        why = "nearest agreeing mention"
        if cls == "plural" and not cand.plural:
            score -= PLURAL_MISMATCH  # 'they' can be an organisation, but a plural mention fits it better
        if h.dep_ in SUBJECT_DEPS:
            score += 1.5
            why = "nearest agreeing subject"
        if cand.head in frame or (cand.start <= min(frame, default=-1) < cand.end):
            score += 6
            why = f"subject of the reporting verb '{verb.head.text}'"
        elif tok.dep_ == "poss" and d == 0 and h.head.i == verb.i and h.dep_ in SUBJECT_DEPS:
            score += 3
            why = "subject of the same clause"
        if cand.modifier:
            score -= MODIFIER_COST
            why += ", named as a modifier"
        if prefer_known and known_gender(cand.entity.find()) == mine:
            score += KNOWN_GENDER
            why += f", known to be '{mine}'"
        if score > best_score:
            best, best_score, best_why = cand, score, why
    return best, best_why


def quoted_speaker(doc: Doc, tok: Token, segments: list, prior: list["M"], kb: KB) -> tuple["M | None", str]:
    """'we', 'us', 'our' inside a quotation are the quoted speaker's side: the subject of a speech
    verb outside the quotation, in the sentence that closes it ('“… we will continue to support
    them …,” Kirby said') or opens it ('Kirby said: “We …”'). Outside quotations, or with no such
    verb, nothing: in the narrative the first person is the writer."""
    seg = next((s for s in segments if s.start <= tok.idx < s.end), None)
    if seg is None:
        return None, ""
    last = doc[-1]
    n_chars = last.idx + len(last.text_with_ws)  # len(doc.text), without rebuilding the text of the whole Doc
    ends = [doc.char_span(max(seg.close - 1, 0), seg.close, alignment_mode="expand"),
            doc.char_span(seg.open, min(seg.open + 1, n_chars), alignment_mode="expand")]
    for sent in dict.fromkeys(e.sent for e in ends if e is not None):
        for v in sent:
            if seg.open <= v.idx < seg.close or v.pos_ != "VERB" or v.lemma_.lower() not in kb.rules["speech_verbs"]:
                continue
            for s in v.children:
                if s.dep_ not in SUBJECT_DEPS:
                    continue
                m = next((m for m in prior if m.start <= s.i < m.end), None)
                if m is not None:
                    return m, f"in a quotation, subject of '{v.text}'"
    return None, ""
