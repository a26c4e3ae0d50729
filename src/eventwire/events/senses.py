"""Senses: the first sense of a trigger whose conditions (object, preposition, subject, complement,
modifier classes) hold in the parse."""

from __future__ import annotations

from spacy.tokens import Token

from ..document import Document
from .lexicon import NO_EVENT, Lexicon, Sense
from .syntax import head_noun, infinitival, is_passive, objects_of, prep_objects, real_head, subject_of
from .triggers import Candidate
from .wordlists import ARMED_GROUP_SECTORS, STATE_SECTORS

POLITICAL_SECTORS = {"GOV", "LEG", "JUD", "POL", "OPP"}  # office holders whose attacks on each other are words, not blows
COMPLEMENT_DEPS = {"dobj", "obj", "dative", "ccomp", "xcomp", "prep", "agent", "attr", "oprd", "acomp", "advcl", "nsubjpass"}


class SenseChooser:
    """Picks a candidate's sense."""

    lex: Lexicon

    def _matches(self, document: Document, classes: frozenset[str], tokens: list[Token]) -> Token | None:
        reflexive = lambda t: t.lower_.endswith(("self", "selves")) and t.pos_ == "PRON"  # noqa: E731
        if "reflexives" in classes:  # "shot himself": the party itself and nobody else ('killed 23 people and themselves')
            return tokens[0] if tokens and all(reflexive(t) for t in tokens) else None
        for t in tokens:
            if reflexive(t):
                continue  # "speaks to himself", "defend themselves": the party itself, no second party
            lemmas = [t.lemma_.lower()] + [c.lemma_.lower() for c in t.children if c.dep_ == "compound"]  # "mediation efforts"
            lemmas += self._phrases(t)
            for name in classes:
                if name.startswith("@"):
                    if self._special(document, t, name):
                        return t
                elif any(self.lex.in_class(lemma, name) for lemma in lemmas):
                    if name == "forums" and t.pos_ == "PROPN" and (m := document.mention_at(t.i)) is not None \
                            and m.actor.sector in {"IGO", "NGO"}:
                        continue  # 'the World Food Programme delivered food': a named agency, no forum or text (a congress still is)
                    return t
        return None

    @staticmethod
    def _phrases(t: Token) -> list[str]:
        """'a [cyber attack]': the noun with the modifier right before it, so a class can list a two-word name whose first
        word the parser makes an adjective ('cyber' is no class word alone: 'cyber security' is no attack)."""
        return [f"{c.lemma_.lower()} {t.lemma_.lower()}" for c in t.children if c.dep_ in {"amod", "compound"} and c.i == t.i - 1]

    def _special(self, document: Document, t: Token, name: str) -> bool:
        char = t.idx
        if name == "@place":
            return any(p.start <= char < p.end and p.geonameid is not None for p in document.article.places)
        mention = document.mention_at(t.i) or next(
            (m for c in t.children if c.dep_ == "appos" and (m := document.mention_at(c.i))), None
        )
        if mention is None:
            return name in {"@person", "@public_person"} and t.ent_type_ == "PERSON"
        actor = mention.actor
        if name == "@actor":
            return True
        if name == "@person":
            return actor.kind == "person"
        if name == "@public_person":  # "Lopez", "the senator", "he" resolved to either; not "a journalist", "his son"
            named = t.pos_ == "PROPN" or (t.pos_ == "PRON" and actor.antecedent is not None)
            return actor.kind == "person" and (named or actor.sector in POLITICAL_SECTORS)
        if name == "@politician":  # an office holder or party figure ("Mr. Trump's attacks"), not any named person ("Mateen's attack")
            return actor.kind == "person" and actor.sector in POLITICAL_SECTORS
        if name == "@state":
            return actor.sector in STATE_SECTORS
        if name == "@nonstate":
            return actor.sector not in STATE_SECTORS
        if name == "@armed_group":
            return actor.sector in ARMED_GROUP_SECTORS
        if name == "@ngo":  # an aid or rights group ('Doctors Without Borders withdrew its staff')
            return actor.sector == "NGO"
        if name == "@igo":  # an intergovernmental body or agency ('the World Food Programme suspended operations')
            return actor.sector == "IGO"
        if name == "@media":  # a broadcaster or paper ('suspended the BBC')
            return actor.sector == "MED"
        return False

    @staticmethod
    def _tagged(tok: Token) -> list[Token]:
        """The clauses before a verb that it only attributes ('"…," he warned')."""
        return [c for c in tok.children if c.dep_ in {"ccomp", "parataxis"} and c.i < tok.i]

    def _question(self, tok: Token, marks: frozenset[str]) -> Token | None:
        """A clause under the verb that asks: introduced by a listed mark ('if', 'whether') or a wh-word, or a
        quoted clause ending in a question mark."""
        for c in tok.children:
            if c.dep_ not in {"ccomp", "advcl", "dobj"} or c.i < tok.i:
                continue
            if any(m.dep_ == "mark" and any(self.lex.in_class(m.lower_, n) for n in marks) for m in c.children):
                return c
            if c.dep_ != "dobj" and (c.left_edge.tag_ in {"WP", "WRB", "WDT", "WP$"} or any(t.text == "?" for t in c.subtree)):
                return c
        return None

    @staticmethod
    def _objects(cand: Candidate, tok: Token) -> list[Token]:
        """What a verb acts on (its objects; for "call for X" also X), or what an event noun is "of"."""
        if cand.is_noun:
            return [real_head(p) for _, p in prep_objects(tok, {"of"})]
        objs = objects_of(tok)
        if " " in cand.key:  # "call for X": X is the prep's object
            objs += [o for _, o in prep_objects(tok, {cand.key.split()[1]})]
        return objs

    @staticmethod
    def _of_objects(objs: list[Token]) -> list[Token]:
        """What the objects are "of": a noun ("raised the possibility of sanctions") or a gerund ("the
        possibility of suspending talks"), so a sense can ask what is raised as a prospect, not the word 'possibility'."""
        nouns = [o for x in objs for _, o in prep_objects(x, {"of"})]
        ofs = [p for x in objs for p in x.children if p.dep_ == "prep" and p.lower_ == "of"]
        gerunds = [c for p in ofs for c in p.children if c.dep_ == "pcomp"]
        return nouns + gerunds

    @staticmethod
    def _on_objects(objs: list[Token]) -> list[Token]:
        """What the objects are "on" and the words that say whose it is ("a ban on Iranian oil": oil, Iranian)."""
        ons = [o for x in objs for _, o in prep_objects(x, {"on"})]
        return ons + [c for o in ons for c in o.children if c.dep_ in {"amod", "compound", "poss"}]

    @staticmethod
    def _object_infinitives(tok: Token, objs: list[Token]) -> list[Token]:
        """The to-infinitives on the objects ("reached a deal [to acquire] its rival"): what the thing is for; also one the
        parser hangs on the verb right after the object ("signed a deal [to acquire] …" as an adverbial clause)."""
        on_object = [c for o in objs for c in o.children if c.dep_ in {"acl", "relcl"} and infinitival(c)]
        after = [c for c in tok.children if c.dep_ == "advcl" and infinitival(c) and any(c.left_edge.i == o.right_edge.i + 1 for o in objs)]
        return on_object + after

    @staticmethod
    def _side_clause(tok: Token, tags: set[str]) -> bool:
        """An adverbial clause with no subordinating word, its verb of one of `tags` ('[to allow] shareholders time',
        ', [allowing] the U.S. to act'): what another act is for or brings about ('because it won't allow' is not)."""
        return tok.dep_ == "advcl" and tok.tag_ in tags and not any(c.dep_ == "mark" for c in tok.children)

    @staticmethod
    def _conjuncts(tok: Token) -> list[Token]:
        """The nouns listed with a noun ("fundraisers and rallies"), either side of it."""
        first = tok
        while first.dep_ == "conj" and first.head != first:
            first = first.head
        return [t for t in [first, *first.conjuncts] if t != tok]

    @staticmethod
    def _xcomp_objects(tok: Token) -> list[Token]:
        """What the verb's to-infinitive acts on: "refused to hold [talks]", "declined to sign the [truce]", also one the
        parser hangs as an adverbial clause ("fought hard to defend the [law]")."""
        return [o for c in tok.children if c.dep_ == "xcomp" or (c.dep_ == "advcl" and infinitival(c)) for o in objects_of(c)]

    def choose_sense(self, document: Document, cand: Candidate) -> tuple[Sense | None, str]:
        senses = (self.lex.nouns if cand.is_noun else self.lex.verbs)[cand.key]
        tok = cand.token if cand.is_noun else cand.anchor
        notes = []
        for sense in senses:
            ok, why = True, []
            for slot, classes in sense.conditions:
                if slot == "object":
                    objs = self._objects(cand, tok)
                    if sense.type == NO_EVENT:  # a guard also sees through "a variety of", "a series of": what is hosted
                        objs += [o for x in objs for _, o in prep_objects(x, {"of"})]
                        if (tok.dep_ in {"acl", "amod"} and tok.tag_ == "VBN") or (tok.dep_ == "amod" and tok.tag_ == "VBD"):
                            objs.append(tok.head)  # "a poll released last week", "recently released polls", "300 pledged delegates" (tagged VBD): the noun is what was released
                        elif tok.dep_ == "conj" and tok.head.dep_ == "amod" and tok.tag_ == "VBN":
                            objs.append(tok.head.head)  # "entrenched and compromised interests": the second of two modifiers
                    hit = (objs[0] if objs else None) if not classes else self._matches(document, classes, objs)
                    why.append(f"object {hit.text!r} is {'/'.join(sorted(classes))}" if hit else f"no object in {'/'.join(sorted(classes))}")
                    ok &= hit is not None
                elif slot == "object_of":  # what the object is of: "raised the possibility [of sanctions]"
                    hit = self._matches(document, classes, self._of_objects(self._objects(cand, tok)))
                    why.append(f"object of '{hit.text}'" if hit else "no object of the right kind")
                    ok &= hit is not None
                elif slot == "object_modifier":  # literal modifier lemmas of the object: "a [military] campaign", "the singer, who [died]"
                    mods = [c.lemma_.lower() for o in self._objects(cand, tok) for c in o.children
                            if c.dep_ in {"amod", "compound", "nmod", "relcl"}]
                    hit_word = next((m for m in mods if m in classes), None)
                    ok &= hit_word is not None
                    why.append(f"object modifier '{hit_word}'" if hit_word else "no listed object modifier")
                elif slot == "object_infinitive":  # "reached a deal [to merge] the banks": what the object is a deal to do
                    # a noun: its own to-infinitive, or one on its light verb right after it ("signed a deal [to merge]")
                    infs = self._object_infinitives(cand.anchor, [tok]) if cand.is_noun else self._object_infinitives(tok, self._objects(cand, tok))
                    hit = self._matches(document, classes, infs)
                    why.append(f"object's infinitive '{hit.text}'" if hit else "no object's infinitive of the right kind")
                    ok &= hit is not None
                elif slot.startswith("object_"):  # "imposed a ban [on fireworks]", "[on Iranian] oil"; "an end [to the fighting]"
                    prep = slot[len("object_"):]
                    objs = self._objects(cand, tok)
                    ons = self._on_objects(objs) if prep == "on" else [o for x in objs for _, o in prep_objects(x, {prep})]
                    hit = (ons[0] if ons else None) if not classes else self._matches(document, classes, ons)
                    why.append(f"object {prep} '{hit.text}'" if hit else f"no object {prep} a thing of the right kind")
                    ok &= hit is not None
                elif slot == "compound":  # the noun's own compound modifiers: "a [fireworks] ban", "[ceasefire] violations"
                    mods = [c for c in tok.children if c.dep_ == "compound"]
                    hit = (mods[0] if mods else None) if not classes else self._matches(document, classes, mods)
                    why.append(f"compound '{hit.text}'" if hit else "no compound of the right kind")
                    ok &= hit is not None
                elif slot == "predicate_object":  # 'has been called the "Trump of the West"': a name or label given, no call
                    named = [c for c in tok.children if c.dep_ == "oprd" and c.left_edge.i == tok.i + 1]  # right after the verb, not
                    # "called on leaders to emulate …, the late President X" (a predicate the parser hangs far off)
                    hit = (named[0] if named else None) if not classes else self._matches(document, classes, named)
                    ok &= hit is not None
                    why.append(f"object predicate '{hit.text}'" if hit else "no object predicate of the right kind")
                elif slot == "conjunct":  # "organizing fundraisers and [rallies]": the nouns listed with it
                    hit = self._matches(document, classes, self._conjuncts(tok))
                    why.append(f"listed with '{hit.text}'" if hit else "no conjunct of the right kind")
                    ok &= hit is not None
                elif slot == "head":  # the noun an event noun is "of" or a compound of: "breaches of the [truce]"
                    head = head_noun(tok)
                    hit = self._matches(document, classes, [head] if head is not None else [])
                    why.append(f"'{tok.text}' is of '{hit.text}'" if hit else "no head noun of the right kind")
                    ok &= hit is not None
                elif slot == "xcomp_object":  # "refused to hold [talks]"
                    hit = self._matches(document, classes, self._xcomp_objects(tok))
                    why.append(f"infinitive's object '{hit.text}'" if hit else "no infinitive's object of the right kind")
                    ok &= hit is not None
                elif slot.startswith("prep_"):
                    prep = slot[5:]
                    objs = [o for _, o in prep_objects(tok, {prep})]
                    objs += [o for c in tok.children if c.lower_ == "out" for _, o in prep_objects(c, {prep})]  # "pulled out of the talks"
                    # the parser's particle: "were put [on] high alert" (its pobj), "were put [on] heightened alert" (a passive's dobj)
                    particles = [c for c in tok.children if c.dep_ == "prt" and c.lower_ == prep]
                    objs += [o for c in particles for o in c.children if o.dep_ == "pobj"]
                    objs += [o for c in particles for o in tok.children if o.dep_ == "dobj" and o.i > c.i and is_passive(tok)]
                    objs += [o for c in tok.children if c.dep_ == "dative" and c.lower_ == prep for o in c.children if o.dep_ == "pobj"]  # "fight [for] you": the parser's dative
                    hit = objs[0] if objs and not classes else self._matches(document, classes, objs)
                    why.append(f"'{prep} {hit.text}'" if hit else f"no '{prep} …' of the right kind")
                    ok &= hit is not None
                elif slot == "partner":  # "held drills [with Russia]", "[Russia and Belarus] began exercises": done together
                    carriers = [tok] + ([cand.anchor] if cand.is_noun and cand.anchor.i != tok.i else [])
                    subj = subject_of(cand.anchor)
                    hit = self._matches(document, classes, [o for c in carriers for _, o in prep_objects(c, {"with"})]
                                        + ([c for c in subj.children if c.dep_ == "conj"] if subj is not None else []))
                    if hit is None and subj is not None:  # "[US and South Korean] troops": two nations' forces
                        hit = next((t for m in subj.lefts for t in m.subtree if t.dep_ == "conj"), None)
                    ok &= hit is not None
                    why.append(f"done with '{hit.text}'" if hit else "no partner of the right kind")
                elif slot == "lone_subject":  # "Bolton discussed the scandals": one party alone, not "Kerry and Lavrov discussed"
                    subj = subject_of(cand.anchor)
                    alone = subj is not None and not any(c.dep_ == "conj" for c in subj.children)
                    hit = self._matches(document, classes, [subj]) if alone else None
                    ok &= hit is not None
                    why.append(f"lone subject {'matches' if hit else 'does not match'} {'/'.join(sorted(classes))}")
                elif slot == "subject":
                    subj = subject_of(cand.anchor)
                    hit = self._matches(document, classes, [subj, real_head(subj)] if subj else [])  # "thousands of workers"
                    ok &= hit is not None
                    why.append(f"subject {'matches' if hit else 'does not match'} {'/'.join(sorted(classes))}")
                elif slot == "subject_modifier":  # literal modifier lemmas of the subject: "the [partisan] attacks haven't stopped"
                    subj = subject_of(cand.anchor)
                    mods = [c.lemma_.lower() for c in (subj.children if subj is not None else []) if c.dep_ in {"amod", "compound", "nmod"}]
                    hit_word = next((m for m in mods if m in classes), None)
                    ok &= hit_word is not None
                    why.append(f"subject modifier '{hit_word}'" if hit_word else "no listed subject modifier")
                elif slot == "bare":
                    hit_bare = not objects_of(tok) and not is_passive(tok)
                    ok &= hit_bare
                    why.append("no object" if hit_bare else "has an object or is passive")
                elif slot == "clause":  # a finite that-clause: "agreed that the need was great" (an opinion shared)
                    comps = [c for c in tok.children if c.dep_ == "ccomp" and any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in c.children)]
                    hit = comps[0] if comps and not classes else self._matches(document, classes, comps)
                    ok &= hit is not None
                    why.append(f"clause '{hit.text}'" if hit else "no that-clause")
                elif slot == "clause_aux":  # "warned that it would retaliate": a that-clause with a listed auxiliary (a future act)
                    auxes = [a for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i for a in c.children
                             if a.dep_ == "aux" and a.lower_ in classes]
                    ok &= bool(auxes)
                    why.append(f"clause auxiliary '{auxes[0].text}'" if auxes else "no clause with a listed auxiliary")
                elif slot == "clause_subject":  # "warned that [it] would retaliate": the that-clause's subject is of these classes
                    subjects = [g for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i for g in c.children
                                if g.dep_ in {"nsubj", "nsubjpass"}]
                    # a passive clause names no doer: "warned that the border may be closed" may be the warning side's act
                    hit = next((g for g in subjects if g.dep_ == "nsubjpass"), None) or (
                        self._matches(document, classes, subjects) if subjects else None)
                    ok &= hit is not None
                    why.append(f"clause subject '{hit.text}'" if hit else "no clause subject of the listed classes")
                elif slot == "tag":  # '"…," he warned': a clause before the verb, which the verb only attributes
                    tagged = self._tagged(tok)
                    ok &= bool(tagged)
                    why.append("tags the clause before it" if tagged else "no clause before it")
                elif slot == "tag_aux":  # '"…, so will China," he warned': the clause the verb tags is a future act (its head or auxiliary)
                    auxes = [w for c in self._tagged(tok) for w in [c, *c.children]
                             if (w.i == c.i or w.dep_ == "aux") and w.lower_ in classes]
                    ok &= bool(auxes)
                    why.append(f"tagged clause auxiliary '{auxes[0].text}'" if auxes else "no tagged clause with a listed auxiliary")
                elif slot == "tag_subject":  # '"…, we will strike back," she warned': a party acts in the tagged clause, no forecast
                    hit = self._matches(document, classes, [subject_of(c) for c in self._tagged(tok) if subject_of(c) is not None])
                    ok &= hit is not None
                    why.append(f"tagged clause subject '{hit.text}'" if hit else "no tagged clause subject of the right kind")
                elif slot == "tag_mark":  # '"If the U.S. acts, so will China," he warned': a condition inside the tagged clause
                    marks = [m for c in self._tagged(tok) for a in c.children if a.dep_ == "advcl"
                             for m in a.children if m.dep_ == "mark" and m.lower_ in classes]
                    ok &= bool(marks)
                    why.append(f"tagged clause mark '{marks[0].text}'" if marks else "no listed mark in a tagged clause")
                elif slot == "complement_subject":  # "I hold myself accountable": the parser makes 'myself' the adjective's subject
                    subjects = [g for c in tok.children if c.dep_ in {"ccomp", "xcomp", "oprd"} for g in c.children
                                if g.dep_ == "nsubj" and g.lower_ in classes]
                    ok &= bool(subjects)
                    why.append(f"complement subject '{subjects[0].text}'" if subjects else "no listed complement subject")
                elif slot == "under_prep":  # "are in demand", "is on the march": the noun is the object of a listed preposition
                    under = tok.dep_ == "pobj" and tok.head.lower_ in classes
                    ok &= under
                    why.append(f"under '{tok.head.text}'" if under else "not under a listed preposition")
                elif slot == "under_noun":  # "a cut in aid", "the suspension of aid": the noun hangs on a listed noun by a preposition
                    head = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else None
                    under = head is not None and head.pos_ == "NOUN" and head.lemma_.lower() in classes
                    ok &= under
                    why.append(f"under '{head.text}'" if under else "not under a listed noun")
                elif slot == "mark":  # "as campaigns have demonstrated": the verb's own subordinating word, a literal lemma
                    marks = [c.lower_ for c in tok.children if c.dep_ == "mark" and c.lower_ in classes]
                    ok &= bool(marks)
                    why.append(f"mark '{marks[0]}'" if marks else "no listed mark")
                elif slot == "stranded":  # "everything he is fighting for": a listed preposition with no object of its own
                    strays = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in classes
                              and not any(g.dep_ in {"pobj", "pcomp"} for g in c.children)]
                    ok &= bool(strays)
                    why.append(f"stranded '{strays[0].text}'" if strays else "no stranded preposition")
                elif slot == "adverbial":  # "extended the offer [to allow] shareholders time", "…, [allowing] the U.S. to act": what
                    # another act is for or brings about, no act of its own (not "agreed to allow", an xcomp, nor "because it won't allow")
                    side = self._side_clause(tok, {"VB", "VBG"})
                    ok &= side
                    why.append("an adverbial clause of another verb" if side else "not an adverbial clause")
                elif slot == "or_then":  # "told Hamas to release them [or face] an invasion": a demand with a harm if refused, an ultimatum
                    # also a to-infinitive the parser hangs as an adverbial clause ("gave them 48 hours [to leave] or face …")
                    comps = [c for c in tok.children if c.dep_ in {"xcomp", "ccomp"} or (c.dep_ == "advcl" and infinitival(c))]
                    hit_word = next((w.lemma_.lower() for c in comps for w in c.subtree
                                     if w.i > 0 and w.doc[w.i - 1].lower_ == "or" and w.lemma_.lower() in classes), None)
                    ok &= hit_word is not None
                    why.append(f"'or {hit_word}' after what is asked" if hit_word else "no 'or' with a listed word after what is asked")
                elif slot == "adverbial_of":  # "marched to the ministry [to demand] higher wages": what a protest is for is the
                    # protest's own aim (PLOVER codes protests that make demands as PROTEST), no request of its own
                    side = self._side_clause(tok, {"VB"})
                    hit = self._matches(document, classes, [tok.head]) if side else None
                    ok &= hit is not None
                    why.append(f"what '{hit.text}' is for" if hit else "no adverbial clause of the right verb")
                elif slot == "participle":  # "a group called Citizens for X": a past participle describing a noun, no act of its own
                    described = tok.dep_ in {"acl", "amod"} and tok.tag_ == "VBN"
                    ok &= described
                    why.append("describes a noun" if described else "not a participle on a noun")
                elif slot == "slogan":  # chants of "Lock her up!": a bare imperative with no subject or auxiliary, no act done
                    bare_verb = tok.tag_ == "VB" and tok.dep_ in {"ROOT", "pcomp", "ccomp", "dobj", "appos"} and not any(
                        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in tok.children)
                    ok &= bare_verb
                    why.append("a bare imperative" if bare_verb else "not an imperative")
                elif slot == "predicate":  # "the primary is a battle of niches": the noun is said of its subject, no event
                    said_of = tok.dep_ == "attr"
                    ok &= said_of
                    why.append("a copula's predicate" if said_of else "not a predicate noun")
                elif slot == "no_complement":  # "the ritual is demanding": no object, clause, infinitive or preposition at all
                    alone = not any(c.dep_ in COMPLEMENT_DEPS for c in tok.children)
                    ok &= alone
                    why.append("no complement" if alone else "has a complement")
                elif slot in {"xcomp", "xcomp_not", "complement"}:
                    # 'complement' also takes "was found guilty" (oprd) and "found him guilty" (the small model's ccomp)
                    deps = {"xcomp", "oprd", "acomp", "ccomp"} if slot == "complement" else {"xcomp"}
                    comps = [c for c in tok.children if c.dep_ in deps
                             or (cand.is_noun and slot != "complement" and c.dep_ == "acl" and infinitival(c))  # "willingness [to be] blunt"
                             or (slot == "xcomp" and c.dep_ == "advcl" and infinitival(c) and objects_of(tok))]  # "press X [to stop …]", as xcomp_object reads it
                    if slot == "complement":  # "held the rebels responsible": the small model hangs the adjective on the object
                        comps += [a for o in objects_of(tok) for a in o.children if a.dep_ == "amod" and a.i > o.i]
                    hit = comps[0] if comps and not classes else self._matches(document, classes, comps)
                    ok &= (hit is not None) == (slot != "xcomp_not")
                    why.append(f"complement '{hit.text}'" if hit else "no such complement")
                elif slot == "owner":  # the possessor of an event noun: "the senator's attacks on her rival"
                    owners = [c for c in tok.children if c.dep_ == "poss"]
                    hit = owners[0] if owners and not classes else self._matches(document, classes, owners)
                    ok &= hit is not None
                    why.append(f"owner '{hit.text}'" if hit else "no owner of the right kind")
                elif slot == "question":  # "asked the prosecutor whether …", "asked him what he planned": a question, no request
                    hit = self._question(tok, classes)
                    ok &= hit is not None
                    why.append(f"a question '{hit.text}'" if hit else "no question")
                elif slot == "anchor":  # the verb that carries a noun's arguments: "[went] on the offensive", not "launched an offensive"
                    hit_anchor = cand.anchor.lemma_.lower() in classes and cand.anchor.i != tok.i
                    ok &= hit_anchor
                    why.append(f"carried by '{cand.anchor.text}'" if hit_anchor else "no listed verb carries it")
                elif slot == "modifier":
                    # npadvmod: a verb's hyphenated modifier ("test-fired a missile": a test, not an attack)
                    # advmod: a verb's adverb ("take America backward": a direction of change, no seizure)
                    # prt: a particle with no phrasal entry of its own ("decided to fight back")
                    mods = [c.lemma_.lower() for c in tok.children if c.dep_ in {"amod", "compound", "nmod", "npadvmod", "advmod", "prt"}]
                    if tok.dep_ == "compound":  # "a [military] aid package": the modifier before the noun the trigger modifies
                        mods += [c.lemma_.lower() for c in tok.head.children if c.dep_ in {"amod", "compound"} and c.i < tok.i]
                    hit_word = next((m for m in mods if m in classes), None)
                    ok &= hit_word is not None
                    why.append(f"modifier '{hit_word}'" if hit_word else "no listed modifier")
            if ok and sense.type == NO_EVENT:
                return None, f"not an event: {', '.join(why) or 'guard'} (a 'none' sense)"
            if ok:
                return sense, f"sense {sense.label}" + (f" because {', '.join(why)}" if why else " (default sense)")
            notes.append(f"{sense.label} rejected: {', '.join(why)}")
        return None, "no sense fits: " + "; ".join(notes)
