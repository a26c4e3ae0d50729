"""Small, reusable walks over the dependency parse that triggers, arguments and
modality share. Each answers one question about a token."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .wordlists import role_words

SUBJECT_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
OBJECT_DEPS = {"dobj", "obj", "attr", "oprd"}
_WORDS = role_words()
# Word lists of the walks below, kept in data/events/roles.yaml with why each is there.
QUANTITY_HEADS = _WORDS["quantity_heads"]
PURPOSE_HEADS = _WORDS["purpose_heads"]
OBJECT_AGENT = _WORDS["object_agent_verbs"]
OBJECT_CONTROL = _WORDS["object_control_verbs"]
REPORTER_ACTS = OBJECT_AGENT | _WORDS["reporter_acts"]


def children(token: Token, deps: set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def by_agent(verb: Token) -> Token | None:
    """Who a passive verb names with 'by' ('was claimed [by al Shabaab]'), or None."""
    return next((o for a in children(verb, {"agent"}) for o in children(a, {"pobj"})), None)


def real_head(token: Token) -> Token:
    """Skip quantity wrappers: 'a string of capitals' → 'capitals', '18 of 22 drones' → 'drones'."""
    seen = 0
    while (token.lemma_.lower() in QUANTITY_HEADS or token.pos_ == "NUM") and seen < 3:
        pobj = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if not pobj:
            break
        token, seen = pobj[0], seen + 1
    return token


def with_conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children) or shares_passive(verb)


def shares_passive(verb: Token) -> bool:
    """'was tortured and killed': a bare participle coordinated with a passive verb is passive too."""
    return (verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.pos_ in {"VERB", "AUX"}
            and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children)
            and any(c.dep_ == "auxpass" for c in verb.head.children))


def passive_subjects(verb: Token) -> list[Token]:
    """The patients of a passive verb: its own passive subject, or the one it shares ('X was tortured and killed',
    'the rebels seized the town and were attacked by …')."""
    own = children(verb, PASSIVE_SUBJECT_DEPS) or (children(verb.head, PASSIVE_SUBJECT_DEPS) if shares_passive(verb) else [])
    if not own and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and any(c.dep_ == "auxpass" for c in verb.children):
        return children(verb.head, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
    return own


def subject_of(verb: Token, through_relatives: bool = True) -> Token | None:
    """The agent of a verb: its subject, the 'by' agent of a passive, or the controller of an
    infinitive or conjoined verb, climbing at most a few clauses. A relative pronoun subject is
    the noun its clause hangs on, unless `through_relatives` is off: a speaker's span stays the
    "who" of "X, who said …" (its actor resolves to X), which is what attribution corpora mark."""
    current = verb
    for step in range(4):
        if step and current.dep_ != "xcomp" and children(current, PASSIVE_SUBJECT_DEPS):
            return children(current, PASSIVE_SUBJECT_DEPS)[0]  # a climbed-to passive head shares its subject, not its agent
        if is_passive(current):
            for agent in children(current, {"agent"}) + (children(current.head, {"agent"}) if shares_passive(current) else []):
                for pobj in children(agent, {"pobj"}):
                    return pobj
            if shares_passive(current):
                return None  # the shared subject is the patient: "Gul Rahman was tortured and killed"
            if not step and current.dep_ == "conj" and not children(current, PASSIVE_SUBJECT_DEPS):
                return None  # "resigned last year but is accused of fraud": the subject it shares undergoes it
        else:
            subj = children(current, SUBJECT_DEPS)
            if not subj:  # "the UK and France [however] have opposed …" parsed with the subject on 'have'
                subj = [s for a in children(current, {"aux"}) if a.i < current.i for s in children(a, SUBJECT_DEPS)]
            if through_relatives and subj and subj[0].lower_ in RELATIVE_PRONOUNS and (split := _adjacent_antecedent(subj[0])) is not None:
                return split  # "a super-PAC that only attacks Clinton", the clause hung elsewhere
            if through_relatives and subj and current.dep_ == "relcl" and subj[0].lower_ in RELATIVE_PRONOUNS and current.head.pos_ in {"NOUN", "PROPN"}:
                return _described(current.head, current)  # "the charity, which supports refugees": the noun the clause hangs on
            if subj:
                return subj[0]
        head = current.head
        if head == current:
            return None
        if current.dep_ in {"xcomp", "acomp"}:
            if head.lemma_.lower() in OBJECT_CONTROL:
                objs = children(head, OBJECT_DEPS)
                if objs:
                    return objs[0]
            asked = asked_by_prep(head)
            if asked is not None:
                return asked  # "called on Israel to withdraw": Israel is to withdraw, not who called on it
            current = head
        elif current.dep_ == "advcl" and _past_an_aside(current, head):
            current = clause_verb(head.head)  # "opened fire on the crowd, which had gathered there, killing ten": the shooters kill
        elif (current.dep_ == "conj" and current.lemma_.lower() in REPORTER_ACTS and current.tag_ == "VBD" and is_passive(head)
              and head.dep_ == "ccomp" and head.head.pos_ in {"VERB", "AUX"}):
            current = head.head  # 'said 39 people had been killed, and accused police …': the one who said it accuses
        elif current.dep_ in {"conj", "advcl", "acl"} and head.pos_ in {"VERB", "AUX"}:
            current = head
        elif current.dep_ == "acl" and current.tag_ in {"VBD", "VBZ", "VBP"} and head.pos_ in {"NOUN", "PROPN"}:
            return head  # "A delegation of the party here on Thursday called on …": a finite verb the parser hung on a noun
        elif current.dep_ == "acl" and head.lemma_.lower() in MESSAGES and head.dep_ == "dobj":
            current = head.head  # "issued a statement urging X": who issued it urges
        elif (current.dep_ == "acl" and head.pos_ == "NOUN" and head.dep_ in {"dobj", "obj"} and head.head.pos_ in {"VERB", "AUX"}
              and infinitival(current)):
            # "reiterated its commitment [to support the police]", "announced plans [to impose curfews]": who takes on the
            # commitment or the plan acts on it
            current = head.head
        elif (current.dep_ == "acl" and head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ in {"in", "as"}
              and head.head.head.pos_ in {"VERB", "AUX"} and infinitival(current)):
            current = head.head.head  # "sent troops in a bid [to stop the fighting]", "in an effort to …": who acts, to that end
        elif current.dep_ == "acl" and current.tag_ == "VBG" and head.pos_ in {"NOUN", "PROPN"} and head.lemma_.lower() not in MESSAGES:
            return head  # "soldiers battling the rebels": a reduced active relative; the noun does it
        elif current.dep_ == "relcl" and infinitival(current) and (head.dep_ in {"dobj", "obj"} or (
                head.dep_ == "pobj" and head.head.lower_ in {"in", "as"})) and head.head.pos_ in {"VERB", "AUX", "ADP"}:
            # "started as a way [to protest the mayor]", "drew up a plan [to attack]", parsed as a relative clause: whoever
            # acts there acts to that end, as with the same infinitive parsed as 'acl'
            current = head.head if head.dep_ != "pobj" else head.head.head
        elif current.dep_ == "relcl" and infinitival(current) and head.lemma_.lower() in PURPOSE_HEADS:
            return None  # "it's time [to quit attacking]", "reasons [to oppose him]": the noun is what the act is for, not its agent
        elif current.dep_ == "relcl":
            return None if is_passive(current) else head  # "a journalist who had been sentenced": the noun is the patient
        elif current.dep_ == "pcomp":  # "no signs of stepping up" → the verb whose clause holds the preposition
            owner = head.head  # the preposition hangs on the verb ("accused Russia of") or on its object
            if owner.lemma_.lower() in OBJECT_AGENT and children(owner, OBJECT_DEPS):
                return children(owner, OBJECT_DEPS)[0]
            if owner.dep_ in OBJECT_DEPS and owner.head.lemma_.lower() in OBJECT_AGENT:
                return owner
            possessor = _gerund_owner(current, owner)
            if possessor is not None:
                return possessor
            current = clause_verb(head)
            if current == head:
                return None
        else:
            return None
    return None


def _gerund_owner(gerund: Token, noun: Token) -> Token | None:
    """'her role in rallying her supporters', "Clinton's success in brokering the deal": who owns the noun a gerund
    hangs on does what the gerund says (not when it undergoes it: 'his fear of being attacked')."""
    if gerund.tag_ != "VBG" or is_passive(gerund):
        return None
    before = gerund.doc[gerund.head.i - 1] if gerund.head.i > 0 else noun
    if noun.pos_ in {"VERB", "AUX"} and before.dep_ in OBJECT_DEPS and before.head == noun:
        noun = before  # "by recalling her role [in rallying …]" with 'in' hung on the verb: the object just before it
    if noun.pos_ != "NOUN":
        return None
    return next(iter(children(noun, {"poss"})), None)


NO_PARTY_SUBJECTS = {"it", "this", "that", "these", "those", "there", "what", "they"}  # "These are people who backed X": the people


def _described(noun: Token, clause: Token) -> Token:
    """'Trump is a serial liar and birther who has pledged to ban Muslims': a relative clause right after what the subject
    of 'be' is said to be (the predicate noun, or a noun listed with it) tells what the subject did ('was the biggest donor
    to the PAC that backed Walker': a clause after a phrase on the noun may be the phrase's, and stays the noun's)."""
    listed = [noun] + [c for c in noun.subtree if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]  # "a liar, … and birther who"
    if clause.left_edge.i != max(t.i for t in listed) + 1:
        return noun
    head = noun
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    if head.dep_ == "attr" and head.head.lemma_.lower() == "be":
        subj = children(head.head, {"nsubj"}) or [subject_of(head.head, through_relatives=False)]  # "incites violence and is a liar who"
        if subj[0] is not None and subj[0].pos_ in {"PROPN", "NOUN", "PRON"} and subj[0].lower_ not in NO_PARTY_SUBJECTS:
            return subj[0]
    return noun


def _past_an_aside(participle: Token, relative: Token) -> bool:
    """'fired on the crowd, which had gathered outside, killing ten': a participle the parser hangs on a relative clause
    set off by commas, coming after the comma that closes it, goes with the main clause (the aside is over)."""
    doc = participle.doc
    return (relative.dep_ == "relcl" and participle.tag_ == "VBG" and participle.i > relative.i
            and relative.left_edge.i > 0 and doc[relative.left_edge.i - 1].text == ","
            and participle.left_edge.i > 0 and doc[participle.left_edge.i - 1].text == ","
            and clause_verb(relative.head) != relative.head)


def _adjacent_antecedent(pronoun: Token) -> Token | None:
    """'a super-PAC that only attacks Clinton', with the clause hung on a noun further back or on the verb: the name
    right before a relative pronoun, split by the parser and tagged an adjective ('PAC'), is what the pronoun stands for."""
    before = pronoun.doc[pronoun.i - 1] if pronoun.i > 0 else None
    if pronoun.tag_ not in {"WDT", "WP"} or before is None or before.dep_ != "pobj" or before.pos_ != "ADJ" or not before.text[:1].isupper():
        return None
    return before


def asked_by_prep(verb: Token) -> Token | None:
    """The party a verb of asking names with a preposition ("called on X", "appealed to X", "pleaded with X"):
    the one who is to do what the infinitive says (roles.yaml asking_preps)."""
    lemma = verb.lemma_.lower()
    for prep in verb.children:
        if prep.dep_ == "prep" and f"{lemma} {prep.lower_}" in role_words()["asking_preps"]:
            return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}


def infinitival(verb: Token) -> bool:
    """A 'to' infinitive: 'a way [to protest]'."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def purpose_of(verb: Token) -> Token | None:
    """The verb a purpose infinitive with no subject of its own serves ('fired tear gas on Tuesday [to disperse]
    them' -> 'fired'): the act done for it, whose time and place are its own. None for other clauses ('agreed
    [to meet]' is an xcomp, what is agreed to)."""
    if verb.dep_ != "advcl" or not infinitival(verb) or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    return verb.head if verb.head.pos_ in {"VERB", "AUX"} else None


# Texts whose participle speaks for their author: "issued a statement urging", "put out a report accusing".
MESSAGES = {"statement", "report", "letter", "communique", "declaration", "message", "video", "tweet", "post", "resolution",
            "appeal", "petition", "memo", "note", "release", "notice"}


def head_noun(token: Token) -> Token | None:
    """The noun a noun hangs on through 'of' or as a compound, past the head of its own compound ("breaches of the
    truce", "truce breaches", "violations of the ceasefire agreement": breaches, breaches, violations)."""
    head = token
    while head.dep_ == "compound" and head.head != head:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in {"NOUN", "PROPN"}:
        return head.head.head
    return head if head != token else None


def objects_of(verb: Token) -> list[Token]:
    """Direct objects (or the passive subject), unwrapped and with conjuncts; in a relative
    clause ("the deal that Trump struck") the object is the noun the clause hangs on."""
    objs = passive_subjects(verb) if is_passive(verb) else children(verb, OBJECT_DEPS | {"dative"})
    # a verb has one direct object: a second one set off by a comma ("ties with Bhutan[, a Buddhist nation]") is an
    # apposition the parser hung on the verb
    objs = [o for k, o in enumerate(objs) if not (k and o.dep_ == "dobj" and objs[0].dep_ == "dobj"
                                                    and o.left_edge.i > 0 and verb.doc[o.left_edge.i - 1].text == ",")]
    # "sent aid to Kabul" parsed with "to" as the dative: the recipient is the preposition's object
    objs = [g for o in objs for g in ([c for c in o.children if c.dep_ == "pobj"] if o.pos_ == "ADP" else [o])]
    if verb.dep_ == "relcl" and all(o.lower_ in RELATIVE_PRONOUNS for o in objs) and (objs or not is_passive(verb)):
        # "the deal that Trump struck", "a journalist who had been jailed": the noun the clause hangs on
        objs = [verb.head]
    out: list[Token] = []
    for o in objs:
        for t in with_conjuncts(real_head(o)):
            out.append(t)
    return out


def prep_objects(token: Token, preps: set[str] | None = None) -> Iterator[tuple[str, Token]]:
    """(preposition, object) pairs attached to `token`: 'talks with the Taliban' → ('with', Taliban)."""
    for prep in token.children:
        if prep.dep_ in {"prep", "agent"} and (preps is None or prep.lower_ in preps):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    for t in with_conjuncts(real_head(pobj)):
                        yield prep.lower_, t


def between_sides(token: Token) -> Iterator[Token]:
    """The first member of the coordination a 'between' phrase names: 'talks between [Iran] and Bahrain'; inside its
    'of' or 'from' phrase when the phrase's head is not coordinated itself ('a meeting between the foreign ministers of
    [Iran] and Bahrain', 'consultations between diplomats from [China] and Japan')."""
    for _, o in prep_objects(token, {"between"}):
        if any(c.dep_ == "conj" for c in o.children):
            yield o
        elif o.dep_ == "pobj":
            yield from (i for _, i in prep_objects(o, {"of", "from"}) if any(c.dep_ == "conj" for c in i.children))


def plural_sides(token: Token) -> Iterator[Token]:
    """A plural 'between' object with no coordination names both sides at once: 'clashes between [rival militias]'."""
    for _, o in prep_objects(token, {"between"}):
        if o.tag_ == "NNS" and not any(c.dep_ == "conj" for c in o.children):
            yield o


def clause_verb(token: Token) -> Token:
    """The verb whose clause a token belongs to (itself if it == one)."""
    current = token
    for _ in range(12):
        if current.pos_ in {"VERB", "AUX"} and current.dep_ != "amod":
            return current
        if current.head == current:
            return current
        current = current.head
    return current


def ancestors_upto(token: Token, limit: int = 8) -> Iterator[Token]:
    current = token
    for _ in range(limit):
        if current.head == current:
            return
        yield current.head
        current = current.head


def backshifted_conjunct(verb: Token) -> bool:
    """'Grandi said [the agency had received a third of what it needs], and urged donors to step up': a verb in the simple
    past set off by ', and' from a past-perfect clause a speech verb in the past reports is not part of what was reported
    (its tense is the narrative's, not the report's); it is a second act of the speaker. Without the comma the 'had' may
    be shared ('said the rebels had withdrawn and vowed to return')."""
    clause = verb.head
    if not (verb.dep_ == "conj" and verb.tag_ == "VBD" and clause.dep_ == "ccomp" and clause.head.tag_ == "VBD"
            and any(a.dep_ == "aux" and a.lower_ == "had" for a in clause.children)
            and not any(a.dep_ in {"aux", "auxpass"} for a in verb.children)):
        return False
    cc = [c for c in clause.children if c.dep_ == "cc" and clause.i < c.i < verb.i]
    return bool(cc) and cc[-1].i > 0 and verb.doc[cc[-1].i - 1].text == ","


def circumstance_verb(anchor: Token) -> Token:
    """The verb whose clause says where and when an act happened: a gerund that is its verb's subject ('[Fighting]
    between rival militias left 12 dead in Tripoli on Sunday') happened where and when that verb's clause says."""
    return anchor.head if subject_gerund(anchor) and anchor.head.pos_ in {"VERB", "AUX"} else anchor


def subject_gerund(t: Token) -> bool:
    """A gerund that is a clause's subject names an act as a noun does ('[Fighting] between the army and the rebels')."""
    return t.tag_ == "VBG" and t.dep_ in {"nsubj", "nsubjpass"}


def clause_span(token: Token) -> tuple[int, int]:
    """Character range of a token's clause: its subtree minus coordinated clauses ('and declined to …')
    and relative clauses inside its arguments ('the increase, which took effect on March 1')."""
    lo, hi = token.idx, token.idx + len(token)
    stack = [c for c in token.children if c.dep_ not in {"conj", "cc"}]
    while stack:  # each argument's subtree, pruned at relative clauses
        t = stack.pop()
        if t.dep_ == "relcl":
            continue
        lo, hi = min(lo, t.idx), max(hi, t.idx + len(t))
        stack.extend(t.children)
    return lo, hi


EMBEDDING_DEPS = {"xcomp", "advcl", "relcl", "acl", "pcomp"}


def embedding_depth(token: Token) -> int:
    """How many clauses down from the sentence's main clause: 'offered [to hand over [suspected of blowing up]]'
    puts 'hand' at 1 and 'blowing' at 2. Reported-speech complements (ccomp) do not count: the reported event
    is the news, not the saying."""
    depth, current = 0, token
    for _ in range(20):
        if current.head == current:
            break
        if current.dep_ in EMBEDDING_DEPS:
            depth += 1
        current = current.head
    return depth


def noun_phrase(head: Token, limit: int = 12) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase a head governs, without relative clauses
    ("the ministry, which runs the prisons") and without trailing punctuation. Past `limit`
    tokens, modifiers after the head other than "of …" are left out ("the government's
    request [for revocation of an earlier ruling …]")."""
    owners = [head, *(a for a in head.children if a.dep_ == "appos")]  # "Tantan, the minister [who told governors …]"
    cut = {t.i for o in owners for c in o.children if c.dep_ == "relcl" for t in c.subtree}
    if sum(1 for t in head.subtree if t.i not in cut) > limit:
        keep = {"conj", "cc", "appos", "punct"}  # "the ANC and the PAC", "its leader, Idil Eser": coordination and apposition stay
        cut |= {t.i for c in head.rights if not (c.dep_ == "prep" and c.lower_ == "of") and c.dep_ not in keep for t in c.subtree}
    tokens = [t for t in head.subtree if t.i not in cut]
    start, end = tokens[0].i, tokens[-1].i + 1
    doc = head.doc
    gap = min((i for i in cut if head.i < i < end), default=None)
    if gap is not None and all(t.is_punct for t in tokens if t.i > gap):
        end = gap  # "the opposition leader[, who was arrested by police ,]": the comma closing a clause left out goes with it
    while end - 1 > head.i and doc[end - 1].is_punct and not (doc[end - 1].text == ")" and "(" in doc[start:end - 1].text):
        end -= 1
    while start < head.i and doc[start].is_punct:
        start += 1
    return start, end


def quantity_head(token: Token) -> Token:
    """The other way round from `real_head`: 'dozens of protesters' is the phrase for 'protesters'."""
    for _ in range(2):
        prep = token.head
        if token.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ in {"NOUN", "NUM", "PRON", "DET"} and (
                prep.head.lemma_.lower() in QUANTITY_HEADS or prep.head.pos_ == "NUM"):
            token = prep.head
        else:
            break
    return token


def first_conjunct(token: Token) -> Token:
    """'the ANC and the PAC': a phrase named by its second conjunct starts at the first."""
    for _ in range(6):
        if token.dep_ == "conj" and token.head.pos_ in {"NOUN", "PROPN"} and token.head.i < token.i:
            token = token.head
        else:
            break
    return token


# Adverbs of place that do belong to a party's phrase ("the people there", "Kenyans abroad").
PLACE_ADVERBS = {"there", "here", "abroad", "overseas", "nearby", "inside", "outside", "ashore", "home", "locally", "worldwide"}

# Titles name one person like a name does: "the French president [in Nairobi]".
TITLES = {"president", "minister", "premier", "chancellor", "king", "queen", "prince", "leader", "counterpart", "ambassador",
          "envoy", "secretary", "spokesman", "spokeswoman", "spokesperson", "governor", "mayor", "commander", "chief", "general"}


def within_paragraph(head: Token, start: int, end: int) -> tuple[int, int]:
    """Clip a token range to the paragraph of its head: a headline parsed into the next sentence
    must not lend it words."""
    doc = head.doc
    for i in range(head.i - 1, start - 1, -1):
        if doc[i].is_space and "\n" in doc[i].text:
            start = i + 1
            break
    for i in range(head.i + 1, end):
        if doc[i].is_space and "\n" in doc[i].text:
            end = i
            break
    while end - 1 > head.i and (doc[end - 1].is_space or doc[end - 1].is_punct) and doc[end - 1].text != ")":
        end -= 1
    return start, end


def mistagged_participle(tok: Token) -> bool:
    """A participle after 'had'/'has' that the tagger took for a noun or adjective ('it had overrun Aybak' as
    had/VERB + overrun/NOUN compound): the verb of the clause, not a word of the phrase after it."""
    if tok.i == 0 or tok.pos_ not in {"NOUN", "ADJ", "PROPN"}:
        return False
    prev = tok.doc[tok.i - 1]
    return prev.lower_ in {"had", "has", "have", "having"} and prev.pos_ in {"VERB", "AUX"} and tok.dep_ in {"compound", "amod", "dobj"}


def role_phrase(head: Token, limit: int = 12) -> tuple[int, int]:
    """The phrase that fills a role: `noun_phrase`, except that a name keeps no prepositional phrase
    after it but 'of' ('Donald Trump [in Washington]', 'Saudi Arabia and other nations [over the killing]',
    'President Zelenskyy of Ukraine'), and any head drops a trailing circumstance ('[at the summit]')."""
    start, end = noun_phrase(head, limit)
    while start < head.i and head.pos_ == "PROPN" and head.doc[start].pos_ == "NOUN" and mistagged_participle(head.doc[start]):
        start += 1  # "it had [overrun] Aybak": the act the parser hung on the name is no part of it
    named = head.pos_ == "PROPN" or head.lemma_.lower() in TITLES
    cut: set[int] = set()
    for x in [head, *head.conjuncts]:
        for c in x.rights:
            if c.dep_ != "prep":
                continue
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            in_name = pobj is not None and pobj.pos_ == "PROPN" and pobj.ent_type_ not in {"GPE", "LOC", "FAC", "DATE", "TIME"}
            if (named and c.lower_ != "of" and not in_name) or (c.lower_ in {"at", "during", "after", "before", "over", "since", "until", "amid",
                                                                             "following", "despite", "including"}):
                cut |= {t.i for t in c.subtree}
            elif pobj is None and any(g.dep_ == "pcomp" for g in c.children):  # "the legislation [of attacking civil society]"
                cut |= {t.i for t in c.subtree}
            elif pobj is not None and pobj.ent_type_ in {"DATE", "TIME"}:  # "refugees [in May]"
                cut |= {t.i for t in c.subtree}
            elif named and c.lower_ == "of" and pobj is not None and pobj.pos_ != "PROPN" and x.ent_type_ == "GPE":  # "US [of genocide]"
                cut |= {t.i for t in c.subtree}
        for c in x.rights:
            if c.dep_ == "npadvmod" and c.ent_type_ in {"DATE", "TIME"}:  # "near London [last month]"
                cut |= {t.i for t in c.subtree}
            elif c.dep_ == "appos" and named and c.pos_ == "NOUN" and x.ent_type_ != "PERSON" and head.doc[c.i - 1].text != "(":  # "the Iraq Humanitarian Fund[, a pooled fund managed by …]"; a person keeps the role
                cut |= {t.i for t in c.subtree}
            elif (c.dep_ == "appos" and not named and x.pos_ == "NOUN" and c.pos_ == "NOUN" and head.doc[c.left_edge.i - 1].text == ","
                  and any(d.dep_ == "det" for d in c.children) and not any(d.dep_ == "cc" for d in c.subtree)):  # not a list
                cut |= {t.i for t in c.subtree}  # "rebel-held areas[, the last area outside government control]": a re-description
            elif c.dep_ == "appos" and c.pos_ == "NUM" and not any(g.pos_ in {"NOUN", "PROPN"} for g in c.subtree):
                cut |= {t.i for t in c.subtree}  # "the Maradi region[, some 7,660]": a count is no part of the name
            elif c.dep_ == "appos" and named:  # "Jane Doe, a local journalist[, in Nairobi]": the role, not where it happened
                cut |= {t.i for p in c.rights if p.dep_ == "prep" for g in p.children
                        if g.dep_ == "pobj" and g.ent_type_ in {"GPE", "LOC", "FAC", "DATE", "TIME"} for t in p.subtree}
    for x in head.subtree:  # "suppliers of Klockner-Humboldt-Deutz[, a German engine maker]": a firm's description, deeper in
        if x.i != head.i and x not in head.conjuncts and x.dep_ == "pobj" and x.pos_ == "PROPN":
            for c in x.rights:
                if c.dep_ == "appos" and c.pos_ == "NOUN" and head.doc[c.i - 1].text != "(":
                    cut |= {t.i for t in c.subtree}
    if cut:
        keep = [i for i in range(start, end) if i not in cut]
        if keep and keep[-1] >= head.i:
            end = keep[-1] + 1
            doc = head.doc
            while end - 1 > head.i and doc[end - 1].is_punct and doc[end - 1].text != ")":
                end -= 1
            while end - 1 > head.i and doc[end - 1].dep_ in {"cc", "punct"} and doc[end - 1].text != ")":
                end -= 1
    doc = head.doc
    while end - 1 > head.i and doc[end - 1].ent_type_ in {"DATE", "TIME"} and doc[head.i].ent_type_ not in {"DATE", "TIME"}:
        end -= 1  # "the migrants found near London [last month]": a trailing date is when, not who
        while end - 1 > head.i and (doc[end - 1].is_punct or doc[end - 1].pos_ == "ADP") and doc[end - 1].text != ")":
            end -= 1
    # "an attack on the parliament and the shrine of Khomeini [in June 2017 that killed 17 people]": a phrase of time,
    # however deep the parser hung it, ends the party; what follows it is about the act
    dated = [x.i for x in doc[head.i + 1:end] if x.dep_ == "prep" and x.head.i >= head.i
             and any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in x.children)]
    if dated and doc[head.i].ent_type_ not in {"DATE", "TIME"}:
        end = min(dated)
        while end - 1 > head.i and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc") and doc[end - 1].text != ")":
            end -= 1
        if end - 1 > head.i and doc[end - 1].dep_ == "acl" and doc[end - 1].head == head and doc[end - 1].right_edge.i >= end:
            end -= 1  # "hostages [held] since March": the participle whose time was cut says nothing left
    if (doc[head.i].ent_type_ not in {"DATE", "TIME"} and doc[start].ent_type_ in {"DATE", "TIME"} and start > 0
            and doc[start - 1].pos_ == "ADP"):
        # "[On 17 July 2017] Russia's Supreme Court rejected …": a date governed by a preposition before the phrase,
        # which the parser hung inside it, is when, not who
        while start < head.i and (doc[start].ent_type_ in {"DATE", "TIME"} or doc[start].is_punct):
            start += 1
    # "the Netherlands and Belgium [however] have opposed …": a sentence adverb is no part of the party
    while (end - 1 > head.i and doc[end - 1].pos_ == "ADV" and doc[end - 1].dep_ == "advmod" and doc[end - 1].head.i <= head.i
           and doc[end - 1].lower_ not in PLACE_ADVERBS):
        end -= 1
        while end - 1 > head.i and doc[end - 1].is_punct and doc[end - 1].text != ")":
            end -= 1
    return within_paragraph(head, *closed_brackets(head, start, end))


def closed_brackets(head: Token, start: int, end: int, reach: int = 12) -> tuple[int, int]:
    """A phrase that opens a bracket after its head closes it: "the Liberation Front ( T . L . F . )", whose
    dotted abbreviation the sentence splitter cut, takes the rest up to ")" within `reach` tokens on the same line;
    failing that, the phrase ends before the bracket."""
    doc = head.doc
    opened = [i for i in range(max(start, head.i + 1), end) if doc[i].text == "("]
    if not opened or sum(doc[i].text == ")" for i in range(opened[-1], end)):
        return start, end
    for i in range(end, min(len(doc), end + reach)):
        if doc[i].text == ")":
            return start, i + 1
        if doc[i].text == "(" or (doc[i].is_space and "\n" in doc[i].text):
            break
    end = opened[-1]
    while end - 1 > head.i and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end
