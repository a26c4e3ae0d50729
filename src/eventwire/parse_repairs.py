"""Repairs of parses the small English model gets wrong in a way every later stage would inherit.

Run inside the pipeline, after the parser and before the attribute ruler and lemmatiser, so the
repaired word also gets the part of speech and lemma of its new tag."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml
from spacy.language import Language
from spacy.tokens import Doc, Token

PLAIN_NOUNS = frozenset({"NN", "NNS"})


ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """data/nlp/repair_words.yaml: the word forms each repair looks for (before lemmas exist)."""
    raw = yaml.safe_load(resources.files("eventwire").joinpath("data/nlp/repair_words.yaml").read_text("utf-8"))
    return {name: frozenset(str(w) for w in forms) for name, forms in raw.items()}


@lru_cache(maxsize=1)
def _lemma_table() -> dict[tuple[str, str], str]:
    """data/nlp/lemma_repairs.tsv: (form, fine tag) -> lemma."""
    table = {}
    for line in resources.files("eventwire").joinpath("data/nlp/lemma_repairs.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith(("#", "form\t")):  # comments and the header row
            form, tag, lemma, _ = line.split("\t")
            table[form, tag] = lemma
    return table


@Language.component("eventwire_lemma_repairs")
def lemma_repairs(doc: Doc) -> Doc:
    """Run after the lemmatiser: 'military bases' are bases, not 'basis' (data/nlp/lemma_repairs.tsv)."""
    table = _lemma_table()
    for tok in doc:
        lemma = table.get((tok.lower_, tok.tag_))
        if lemma is not None:
            tok.lemma_ = lemma
    return doc


@Language.component("eventwire_parse_repairs")
def parse_repairs(doc: Doc) -> Doc:
    for sent in list(doc.sents):
        if _name_split_off(sent):
            word, rest = sent[0], doc[sent.end]
            word.head, word.dep_ = rest, "compound"
        elif _conjunct_split_off(sent):
            word, cc, other = sent[0], doc[sent.end], doc[sent.end + 1]
            word.head, word.dep_ = other.head, other.dep_
            cc.head, other.head, other.dep_ = word, word, "conj"
    for sent in list(doc.sents):  # (after the names are whole again: 'European' + 'Union')
        if _name_cut_from_its_noun(sent):
            sent.root.head, sent.root.dep_ = doc[sent.end], "compound"
    for tok in doc:
        if (denied := _denial_read_as_main_clause(tok)) is not None:
            _make_denial_clause(tok, *denied)
    for sent in doc.sents:
        first = sent[0]
        if _noun_read_as_verb(first):
            _make_compound(first, doc[first.i + 1])
    for tok in doc:
        lost = _lost_speaker(tok)
        if lost is not None:
            _make_speaker(*lost, tok)
        elif (chain := _speaker_in_apposition(tok)) is not None:
            title, name = chain
            title.head, title.dep_ = tok, "nsubj"
            if name is not None:
                name.head, name.dep_ = title, "appos"
        elif (inverted := _speaker_made_clause(tok)) is not None:
            _make_inverted_speaker(tok, *inverted)
        if _resultative_dead(tok):
            tok.head, tok.dep_ = doc[tok.i - 1], "acomp"
        if _means_read_as_modifier(tok) or _charge_read_as_modifier(tok):
            tok.head = tok.head.head
        if _coordination_read_as_modifier(tok):
            noun = tok.head
            tok.head, tok.dep_ = (noun.head, noun.dep_) if noun.head != noun else (tok, "ROOT")
            noun.head, noun.dep_ = tok, "conj"
        main = _main_verb_after_participle(tok)
        if main is not None:
            _make_main_verb(main, tok)
        if _main_verb_read_as_participle(tok):
            _make_finite(tok)
        elif _verb_lost_in_subject(tok):
            _make_sentence_verb(tok)
        elif _verb_read_as_adjective(tok):
            noun = tok.head
            tok.head, tok.dep_ = (noun.head, noun.dep_) if noun.head.i != noun.i else (tok, "ROOT")
            noun.head, noun.dep_ = tok, "dobj"
            for c in list(noun.children):
                if c.dep_ in {"cc", "conj"} and c.i > noun.i and c.tag_ in {"VBD", "VBZ", "VBP", "CC"}:
                    c.head = tok  # 'scrambled jets [and deployed missiles]': the second verb is the first's conjunct
        if _gerund_read_as_modifier(tok):
            tok.tag_, tok.dep_ = "NN", "nsubj"
        elif _noun_read_as_adjective(tok):
            tok.tag_ = "NN"
        elif _noun_read_as_finite_verb(tok):
            tok.tag_ = "NNS" if tok.tag_ == "VBZ" else "NN"
        else:
            noun = _split_subject(tok)
            if noun is not None and _parted(tok, noun):
                tok.dep_ = "dep"  # 'SAN DIEGO (AP) - The U.S. National Guard faces …': the later phrase is the subject
            elif noun is not None:
                _make_modifier(tok, noun, "amod" if tok.tag_ == "JJ" else "compound")
    return doc


def _name_split_off(sent) -> bool:
    """'SEOUL - [North] [Korea fired a missile …]': after a dateline the parser sometimes makes the first word of a name
    a sentence of its own; the name is then lost to NER too. A one-word sentence in Title Case followed on the same line
    by a sentence opening with a capitalised word is the start of that sentence's first name."""
    doc = sent.doc
    if len(sent) != 1 or sent.end >= len(doc) or sent.start == 0:
        return False
    word, nxt = sent[0], doc[sent.end]
    return (word.is_alpha and word.is_title and word.whitespace_ == " " and nxt.is_title and nxt.is_alpha
            and nxt.tag_ in {"NNP", "NNPS", "JJ"} and "\n" not in doc[sent.start - 1].text)




def _conjunct_split_off(sent) -> bool:
    """'JERUSALEM - [Israel] [and Hamas agreed …]': after a dateline the parser also cuts off the first of two names
    joined by 'and' that are the subject; the one-word sentence is the first conjunct of that subject."""
    doc = sent.doc
    if len(sent) != 1 or sent.start == 0 or sent.end + 1 >= len(doc) or "\n" in doc[sent.start - 1].text:
        return False
    word, cc, other = sent[0], doc[sent.end], doc[sent.end + 1]
    return (word.is_title and word.tag_ in {"NNP", "NNPS"} and word.whitespace_ == " " and cc.lower_ in {"and", "or"}
            and other.tag_ in {"NNP", "NNPS"} and other.dep_ in {"nsubj", "nsubjpass"})


def _name_cut_from_its_noun(sent) -> bool:
    """'BRUSSELS - [European Union] [leaders agreed …]': the same after a dateline for a whole name: a sentence of
    capitalised proper nouns only, followed on the same line by a sentence opening with a lower-case common noun, is
    that noun's modifier."""
    doc = sent.doc
    if sent.end >= len(doc) or sent.start == 0 or "\n" in doc[sent.start - 1].text:
        return False
    nxt = doc[sent.end]
    return (all(t.tag_ in {"NNP", "NNPS"} and t.is_title for t in sent) and sent[-1].whitespace_ == " "
            and nxt.tag_ in {"NN", "NNS"} and nxt.is_lower)


def _denial_read_as_main_clause(verb: Token) -> tuple[Token, Token] | None:
    """'Congo accused Rwanda of backing the rebels, [an allegation] Kigali denies': the wire formula's noun is parsed as a
    modifier of the denier's name and the denial as the main verb, so that the whole lead reads as what the denier
    says. Returns (the noun, the lead's verb) when the verb has that shape: a clause before a comma as its complement,
    and a subject whose compound modifier is the noun."""
    if verb.lower_ not in _words()["denial_verbs"] or verb.dep_ != "ROOT":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    lead = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if subject is None or lead is None:
        return None
    noun = next((c for c in subject.children if c.dep_ == "compound" and c.lower_ in _words()["denied_nouns"]), None)
    if noun is None or _phrase_start_before(noun) < 1 or verb.doc[_phrase_start_before(noun) - 1].text != ",":
        return None
    return noun, lead


def _phrase_start_before(noun: Token) -> int:
    """Where 'an allegation' starts: the noun, or the determiner just before it."""
    return noun.i - 1 if noun.i > 0 and noun.doc[noun.i - 1].dep_ == "det" else noun.i


def _make_denial_clause(verb: Token, noun: Token, lead: Token) -> None:
    """The lead's verb becomes the main verb, the noun stands beside its clause, and the denial describes the noun."""
    doc = verb.doc
    start = _phrase_start_before(noun)
    lead.head, lead.dep_ = lead, "ROOT"
    noun.head, noun.dep_ = lead, "npadvmod"
    if start < noun.i:
        doc[start].head = noun  # 'an allegation'
    for c in list(verb.children):
        if c.dep_ == "punct":
            c.head = lead  # the comma and the closing full stop
    verb.head, verb.dep_ = noun, "relcl"


def _split_subject(tok: Token) -> Token | None:
    """A clause has one subject: a subject directly followed by another subject of the same verb modifies
    it ("Sudan's [paramilitary] Rapid Support Forces shelled …", "[Army chief] Abdel Fattah al - Burhan
    refused …", where the parser made 'paramilitary', 'chief', 'al' and '-' subjects too). Returns that noun."""
    if tok.dep_ != "nsubj" or tok.head == tok:
        return None
    return next((s for s in tok.head.children if s.dep_ == "nsubj" and s.i > tok.i and s.left_edge.i == tok.right_edge.i + 1), None)


PARTING_MARKS = frozenset({"(", ")", "[", "]", "-", "–", "—", "--", ":", ";", "_"})


def _parted(tok: Token, noun: Token) -> bool:
    """A bracket or dash between the two subjects parts two phrases (a dateline and the subject), save inside
    one name ('al - Burhan')."""
    between = tok.doc[tok.i + 1:noun.left_edge.i]
    return any(t.text in PARTING_MARKS for t in between) and not all(t.ent_iob_ == "I" for t in tok.doc[tok.i + 1:noun.i + 1])


NOUN_MODIFIERS = frozenset({"det", "amod", "compound", "nummod", "poss"})


OBJECT_OPENERS = frozenset({"det", "nummod", "poss", "predet"})


def _charge_read_as_modifier(tok: Token) -> bool:
    """'accused [the rebels] [of] attacking a convoy', 'accused Russia's military intelligence of a cyber campaign': what
    a party is accused or convicted of is the verb's, not a modifier of the party, so the target read 'the rebels of
    attacking a convoy'. Only on a plural, a name or a possessed noun: 'the head of the army', 'the minister of defence'
    keep their own 'of'."""
    if tok.lower_ != "of" or tok.dep_ != "prep" or tok.head.dep_ != "dobj" or tok.head.head.lower_ not in _words()["charge_forms"]:
        return False
    obj = tok.head
    if sum(c.lower_ == "of" for c in obj.subtree) != 1 or any(c.lower_ == "of" and c.dep_ == "prep" for c in obj.head.children):
        return False
    return obj.tag_ in {"NNS", "NNP", "NNPS"} or any(c.dep_ == "poss" for c in obj.children)


def _resultative_dead(tok: Token) -> bool:
    """'police shot dead two protesters': 'dead' says what the shooting did, it does not describe the people
    shot; the parser made it their adjective, so the target read 'dead two protesters'. Right after 'shot', or
    before the object's own determiner or number ('dead a man' is no noun phrase)."""
    if tok.lower_ != "dead" or tok.dep_ != "amod" or tok.i == 0:
        return False
    verb, obj = tok.doc[tok.i - 1], tok.head
    if not verb.tag_.startswith("VB") or obj.dep_ != "dobj" or obj.head != verb:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return verb.lower_ in _words()["shoot_forms"] or (nxt is not None and nxt.head == obj and nxt.dep_ in OBJECT_OPENERS)


def _means_read_as_modifier(tok: Token) -> bool:
    """'killed 40 militants [in air strikes]': the parser hung the phrase on the people killed; it says how they
    were killed, so it belongs to the verb (where the event rules read it)."""
    if tok.dep_ != "prep" or tok.lower_ not in {"in", "during"} or tok.head.dep_ != "dobj" or tok.head.head.lower_ not in _words()["harm_forms"]:
        return False  # not 'announced the arrest [during a clash]': an event noun may be in its own attack
    return any(c.dep_ == "pobj" and c.lower_ in _words()["attack_forms"] for c in tok.children)


def _coordination_read_as_modifier(tok: Token) -> bool:
    """'Rebels and government forces clashed': the parser made 'Rebels' a modifier of 'forces', with the 'and' on
    it and no conjunct, so the two sides read as one party. A plural noun that modifies the argument after its
    own 'and' is that argument's first conjunct."""
    if tok.dep_ not in {"nmod", "compound"} or tok.tag_ != "NNS" or tok.head.i <= tok.i or tok.head.dep_ not in ARGUMENTS:
        return False
    kids = list(tok.children)
    return any(c.dep_ == "cc" and c.i == tok.i + 1 for c in kids) and not any(c.dep_ == "conj" for c in kids)


def _noun_read_as_finite_verb(tok: Token) -> bool:
    """'how many air strikes the army had carried out': a word tagged as a present-tense verb that the
    parse itself makes an argument with a determiner, adjective or compound before it is a noun."""
    return (tok.tag_ in {"VBZ", "VBP"} and tok.dep_ in ARGUMENTS
            and any(c.dep_ in NOUN_MODIFIERS and c.i < tok.i for c in tok.children))


FINITE = frozenset({"VBD", "VBZ", "VBP"})


NAME_WORDS = frozenset({"NNP", "NNPS", "NN", "NNS", "JJ", "DT"})  # tags: parts of speech come after the repairs
INVERTED_NAME_WORDS = frozenset({"NNP", "NNPS", "NN", "JJ"})  # tags of a 'the …' speaker phrase: 'said [the regional governor], …'


def _phrase_start(name: Token) -> int:
    i = name.i
    while i > 0 and name.doc[i - 1].tag_ in NAME_WORDS and not name.doc[i - 1].is_punct:
        i -= 1
    return i


def _lost_speaker(tok: Token) -> tuple[Token, int] | None:
    """'Rescue workers pulled the bodies of a mother from the rubble, regional governor Oleh Kiper said …', parsed with
    'Kiper' inside the reported clause and 'said' without a subject: a speech verb with no subject right after a name
    whose phrase opens after a comma has that name as its subject. Returns the name and where its phrase starts."""
    if tok.lower_ not in _words()["speech_forms"] or tok.i < 3 or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in tok.children):
        return None
    name = tok.doc[tok.i - 1]
    if name.tag_ not in {"NNP", "NNPS", "NN", "NNS"} or name.head == tok or name.head.i > tok.i:
        return None
    if any(a == name for a in tok.ancestors):
        return None  # 'the countries [announced …]' parsed as a clause on the noun: moving the noun would make a cycle
    start = _phrase_start(name)
    return (name, start) if start > 0 and tok.doc[start - 1].text == "," else None


def _speaker_in_apposition(tok: Token) -> tuple[Token, Token | None] | None:
    """'The ministry built the bridge to help farmers, a spokesman, Ali Musa, said.', parsed with 'a spokesman' (and
    'Ali Musa') inside the reported clause: a speech verb right after a comma-closed chain of appositions, with no
    subject or with only the chain's last name as subject, has the chain's first phrase as its subject. Returns that
    phrase's head and the name to hang on it as an apposition (None when the parse already does)."""
    doc = tok.doc
    if tok.lower_ not in _words()["speech_forms"] or tok.i < 4 or doc[tok.i - 1].text != ",":
        return None
    last = doc[tok.i - 2]
    subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    if last.tag_ not in {"NNP", "NNPS", "NN", "NNS"} or subjects and subjects != [last]:
        return None
    name = last if subjects else None
    top = last
    if name is not None:  # ', a spokeswoman, [Anna White] said': the title before the name opens the chain
        start = _phrase_start(name)
        if start < 2 or doc[start - 1].text != ",":
            return None
        top = doc[start - 2]
        if top.tag_ not in {"NN", "NNS"} or top.head.i > top.i:
            return None
    elif top.dep_ != "appos":
        return None
    while top.head.i < top.i and (top.head.dep_ == "appos" or top.dep_ == "appos" and _comma_set_title(top.head)):
        top = top.head  # 'a spokesman, [Ali Musa]': the chain starts at 'spokesman'
    opening = top.left_edge.i - 1
    if opening < 1 or doc[opening].text != "," or top.head.i >= opening or any(a == top for a in tok.ancestors):
        return None
    return top, name


def _speaker_made_clause(tok: Token) -> tuple[int, Token] | None:
    """'“We will never give up,” said Ann Lowe, half joking.', parsed with 'Ann Lowe, half' as the subject of a clause
    'joking' the verb reports: a speech verb with no subject, a quotation before it and, after it, a clause that opens
    with a name (or 'the …') closed by a comma. Returns where the name's phrase ends (the comma) and the clause."""
    doc = tok.doc
    if tok.lower_ not in _words()["speech_forms"] or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in tok.children):
        return None
    if not any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children):
        return None
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i and c.left_edge.i == tok.i + 1), None)
    if clause is None:
        return None
    article = doc[tok.i + 1].tag_ == "DT"
    words = INVERTED_NAME_WORDS if article else {"NNP", "NNPS"}
    start = end = tok.i + 1 + article
    while end < clause.i and doc[end].tag_ in words:
        end += 1
    if end == start or end >= clause.i or doc[end].text != ",":
        return None
    return end, clause


def _make_inverted_speaker(verb: Token, comma: int, clause: Token) -> None:
    """The name's phrase becomes the verb's subject, its last word the head; the rest of the clause stays with the verb
    as an adverbial ('half joking'), and a word the parse made that clause's subject modifies it instead."""
    doc = verb.doc
    name = doc[comma - 1]
    for t in doc[verb.i + 1:comma - 1]:
        t.head, t.dep_ = name, "det" if t.tag_ == "DT" else "compound"
    for c in list(name.children):
        if not verb.i < c.i < comma:
            c.head = clause
    name.head, name.dep_ = verb, "nsubj"
    clause.dep_ = "advcl"
    for c in clause.children:
        if c.dep_ in {"nsubj", "nsubjpass"} and comma < c.i < clause.i:
            c.dep_ = "npadvmod"  # 'half (joking)'


def _comma_set_title(t: Token) -> bool:
    """'…, a spokeswoman, Anna White, said': a common noun with its article right after a comma, carrying a name."""
    doc = t.doc
    return t.tag_ == "NN" and t.left_edge.tag_ == "DT" and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == "," and \
        t.left_edge.i >= t.i - 3


def _main_verb_after_participle(tok: Token) -> Token | None:
    """'Protesters arrested last week said they were beaten', parsed with 'arrested' as the root and 'said' as an
    unlabelled dependent: a past participle root with a subject and a later finite verb that has no subject of
    its own is a reduced relative on that subject, and the later verb is the sentence's. Returns that verb."""
    if tok.tag_ != "VBN" or tok.dep_ != "ROOT" or any(c.dep_ in {"aux", "auxpass", "dobj"} for c in tok.children):
        return None
    if not any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
        return None
    return next((c for c in tok.children if c.dep_ == "dep" and c.i > tok.i and c.tag_ in FINITE
                 and not any(x.dep_ in {"nsubj", "nsubjpass"} for x in c.children)), None)


def _main_verb_read_as_participle(tok: Token) -> bool:
    """'Islamist militants killed at least 40 soldiers …, two security sources said', parsed as militants [killed …]
    (a reduced relative) who 'said' beside a second subject: a participle with a direct object of its own, on a noun
    that is the subject of a verb which has another subject after it, is that noun's finite verb, and its clause is
    what the later subject says."""
    noun = tok.head
    return (tok.tag_ == "VBN" and tok.dep_ == "acl" and noun.dep_ == "nsubj" and noun.i < tok.i
            and any(c.dep_ == "dobj" for c in tok.children)
            and any(c.dep_ == "nsubj" and c.i > tok.i for c in noun.head.children))


def _verb_lost_in_subject(tok: Token) -> bool:
    """'An Israeli air strike on a school sheltering displaced families [killed at least 30 people]', parsed as families
    killed … (a reduced relative) in a clause left with a noun for its head (the sentence's root, or what a later
    'officials said' says) and no finite verb: a participle with a direct object of its own, after that noun, is the
    clause's verb."""
    if tok.tag_ != "VBN" or tok.dep_ != "acl" or not any(c.dep_ == "dobj" for c in tok.children):
        return False
    head = _clause_noun(tok)
    return (head is not None and head.i < tok.i
            and not any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in head.subtree))


def _clause_noun(tok: Token) -> Token | None:
    """The noun above the token that heads a clause: the sentence's root or a verb's clausal complement."""
    for up in tok.ancestors:
        if up.tag_ in {"NN", "NNS"} and (up.dep_ == "ROOT" or up.dep_ == "ccomp"):
            return up
    return None


def _verb_read_as_adjective(tok: Token) -> bool:
    """'TAIPEI - Taiwan [scrambled] jets and deployed …', parsed with 'scrambled' as an adjective of 'jets': a past
    tense with a subject of its own, on the noun heading the sentence, is the sentence's verb and the noun its object."""
    noun = tok.head
    return (tok.tag_ == "VBD" and tok.dep_ == "amod" and noun.dep_ == "ROOT" and noun.tag_ in {"NN", "NNS"} and tok.i < noun.i
            and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children))


def _make_sentence_verb(participle: Token) -> None:
    """The participle becomes the clause's finite verb, the noun that headed the clause its subject."""
    noun = _clause_noun(participle)
    if noun.dep_ == "ROOT":
        participle.head, participle.dep_ = participle, "ROOT"
    else:
        participle.head, participle.dep_ = noun.head, noun.dep_
    participle.tag_ = "VBD"
    noun.head, noun.dep_ = participle, "nsubj"


def _gerund_read_as_modifier(tok: Token) -> bool:
    """'Shelling damaged the hospital', 'Russian shelling destroyed homes': an -ing word right before a finite verb
    that has no subject, parsed as its auxiliary or adverb, is the verb's subject, a noun (with only a determiner or
    adjectives of its own: 'Shelling the town, troops …' is a clause)."""
    head = tok.head
    return (tok.tag_ == "VBG" and tok.dep_ in {"aux", "advmod", "npadvmod", "csubj"} and head.i == tok.i + 1
            and head.tag_ in FINITE and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in head.children)
            and all(c.dep_ in NOUN_MODIFIERS and c.i < tok.i for c in tok.children))


def _noun_read_as_adjective(tok: Token) -> bool:
    """'The military handed control …': an adjective with its own determiner that is a verb's subject or object,
    or a preposition's object, is used as a noun ('the military', 'the wounded'); read as one, it can be an actor."""
    return (tok.tag_ == "JJ" and tok.dep_ in ARGUMENTS and any(c.dep_ == "det" for c in tok.children)
            and not any(c.dep_ in {"amod", "compound"} and c.i > tok.i for c in tok.children))


def _noun_read_as_verb(tok: Token) -> bool:
    """'Aid agencies said …' parsed as a bare verb 'Aid' (the sentence's subject) with 'agencies' as its
    object. A bare infinitive cannot open a sentence as its subject, so the first word modifies the noun
    after it: the next word is the verb's object, and the verb has no subject, auxiliary or 'to' of its own."""
    if tok.tag_ != "VB" or tok.dep_ not in {"nsubj", "csubj"} or tok.i + 1 >= len(tok.doc):
        return False
    after = tok.doc[tok.i + 1]
    return (after.head == tok and after.dep_ == "dobj" and after.tag_ in PLAIN_NOUNS
            and not any(c.dep_ in {"nsubj", "aux", "mark"} for c in tok.children))


def _make_modifier(modifier: Token, noun: Token, relation: str) -> None:
    """The modifier and its own dependents ('Sudan's') go under the noun."""
    for child in list(modifier.children):
        if child != noun:
            child.head = noun
    modifier.head, modifier.dep_ = noun, relation


def _make_speaker(name: Token, start: int, verb: Token) -> None:
    """The name's phrase (from `start`) becomes the verb's subject; the words the parse hung on the name before its
    phrase go back where the name was ('the bodies of [a mother …]')."""
    old_head, old_dep = name.head, name.dep_
    for c in list(name.children):
        if c.i < start:
            c.head, c.dep_ = old_head, old_dep
    name.head, name.dep_ = verb, "nsubj"
    for t in name.doc[start:name.i]:
        if not start <= t.head.i <= name.i:
            t.head = name


def _make_main_verb(main: Token, participle: Token) -> None:
    """The later verb becomes the root, with the participle's subject and closing words; the participle a
    reduced relative on that subject."""
    subject = next(c for c in participle.children if c.dep_ == "nsubj")
    for c in list(participle.children):
        if c.i > main.i:
            c.head = main  # the closing full stop
    main.head, main.dep_ = main, "ROOT"
    subject.head = main
    participle.head, participle.dep_ = subject, "acl"


def _make_finite(participle: Token) -> None:
    """The participle becomes its noun's finite verb, the clause of the verb the noun was made subject of."""
    subject, verb = participle.head, participle.head.head
    participle.tag_, participle.head, participle.dep_ = "VBD", verb, "ccomp"
    subject.head = participle


def _make_compound(modifier: Token, noun: Token) -> None:
    """The noun takes the verb's place (its head and dependency) and the verb's other dependents;
    the verb becomes the noun's compound modifier."""
    noun.head, noun.dep_ = modifier.head, "nsubj"
    _make_modifier(modifier, noun, "compound")
    modifier.tag_ = "NN"
