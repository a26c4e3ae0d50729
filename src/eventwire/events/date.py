"""The date: a time in the trigger's clause or sentence, else the one carried from the paragraph; a
time on the reporting verb dates only events reported as done. A time that bounds the event by another one
('after Monday's attack'), names a thing ('the Act of 1956') or sits in a clause describing a noun dates other
things; a past date does not carry to an act not yet done or so now, nor far in text without paragraphs; a date after
publication does not carry to an act reported as done; the ends of a span ('from October to February') date nothing,
and a time describing a speaker does not carry into the quotation."""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..document import Document
from ..model import Time
from .lexicon import Lexicon
from .location import TokensOf, event_heads, in_noun_clause
from .modality import Report
from .syntax import circumstance_verb, clause_span, clause_verb, purpose_of
from .triggers import Candidate
from .wordlists import role_words


DATE_PRECISIONS = {"day", "week", "month", "quarter", "season", "year"}
REALIS = {"asserted", "claimed"}  # reported as having happened
VAGUE_PRECISIONS = {"ref", "decade", "century"}  # 'weeks ago', 'recently', 'in the 1990s'
UNDONE = {"future", "hypothetical"}  # not done yet (or not at all): no past date carries to it
WILLED = {"intended", "requested"}  # not done yet when the wanting or asking is in the present ('plans to travel')
CARRY_SENTENCES = 4  # text without paragraph breaks is no one paragraph: a time carries this many sentences
# a clock time or part of day on a named day, resolved (2018-04-04T17:00) or not (XXXX-WXX-3TMO): the day before 'T'
DAY_OF_TIME = re.compile(r"(\d{4}-\d{2}-\d{2}|XXXX-WXX-\d)T")
PARAGRAPH_SENTENCES = 6  # and at most this many across a paragraph and the one before
QUOTE_MARKS = ('"', "“", "”")
CALENDAR_VALUE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")  # a year, month or day


class DateChooser:
    """Chooses an event's date."""

    lex: Lexicon

    @staticmethod
    def _thing_named(span: SpacySpan | None) -> Token | None:
        """The noun a date inside a noun phrase dates ('Biden's August 31 withdrawal date', 'the March 3 deadline',
        'the Act of 2003'): that thing, not the narrative. None for a date of the clause. `span`: the date's tokens."""
        if span is None:
            return None
        root = span.root
        head = root.head
        if root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in {"NOUN", "PROPN"}:
            if head.head.ent_type_ in {"DATE", "TIME"}:
                return None  # 'on the evening of May 26': a time of that day, no thing
            head = head.head  # 'the Act of 2003'
        elif not (root.dep_ in {"compound", "nmod", "amod", "poss", "nummod"} and head.pos_ in {"NOUN", "PROPN"}):
            return None
        return head if head not in span else None

    def _names_a_thing(self, document: Document, time: Time, span: SpacySpan | None) -> bool:
        """Does the date name a thing ('the March 3 deadline'), start a state ('a resident since September'), bound
        an act by another ('until 31 May') or give the background of a noun in a clause ('the HMX Group, which
        launched her line in 2012')? Then it dates no later sentence's events. A day in a noun's clause is the news
        ('the soldier who died on Thursday') and carries. `span`: the date's tokens."""
        if self._thing_named(span) is not None or self._range_end(document, time):
            return True
        if span is not None and time.precision != "day" and in_noun_clause(span.root):
            return True
        # 'will not hear the case until 31 May', 'after she died three years ago': a bound of one act is no later one's date
        bounds = role_words()["time_bound_preps"]
        if span is not None and any(c.dep_ == "mark" and c.lower_ in bounds for c in clause_verb(span.root).children):
            return True
        return self._governor(span) in role_words()["state_start_preps"] | bounds

    @staticmethod
    def _range_end(document: Document, time: Time) -> bool:
        """Does the time start or end a span with another ('from October to February', 'between May and July')? A
        span is no date of one act: its ends date neither its clause's events nor later ones."""
        words = role_words()
        text = document.article.text
        for other in document.article.times:
            first, last = (time, other) if time.start < other.start else (other, time)
            if first is last or text[first.end:last.start].strip().lower() not in words["range_links"]:
                continue
            before = text[:first.start].split()
            if before and before[-1].lower() in words["range_starts"]:
                return True
        return False

    @staticmethod
    def _quoted(text: str, pos: int) -> bool:
        """Is the position inside quotation marks (an odd number of them since its paragraph began)?"""
        para = max(text.rfind("\n\n", 0, pos), 0)
        return sum(text.count(q, para, pos) for q in QUOTE_MARKS) % 2 == 1

    def _describes_the_speaker(self, document: Document, time: Time, span: SpacySpan | None, at: int) -> bool:
        """Is the time, told outside the quotation the event is in, in a clause describing a noun ('said one resident
        [who reached Gao on Monday]. "The shooting started before dawn."')? It dates what the speaker did, not what
        they tell. `span`: the time's tokens."""
        text = document.article.text
        if not self._quoted(text, at) or self._quoted(text, time.start):
            return False
        return span is not None and in_noun_clause(span.root)

    @staticmethod
    def _governor(span: SpacySpan | None) -> str | None:
        """The preposition a time (`span`, its tokens) is the object of, lower-case ('after' in 'after Monday's
        attack', 'ahead' in 'ahead of Easter Sunday'), through the noun it is the possessor or modifier of."""
        if span is None:
            return None
        node = span.root
        if node.dep_ in {"poss", "compound", "nmod", "amod"} and node.head not in span:
            node = node.head  # "after [Monday's] attack"
        if node.dep_ != "pobj":
            return None
        prep = node.head
        if prep.lower_ in {"of", "to"} and prep.head.lower_ in role_words()["time_bound_preps"]:
            return prep.head.lower_  # "ahead of", "prior to"
        return prep.lower_

    def _dates_the_event(self, document: Document, time: Time, span: SpacySpan | None, cand: Candidate) -> bool:
        """A time in the trigger's clause dates it unless it bounds it by another event ('arrested them after
        Monday's attack', 'ahead of Easter Sunday'), is in a clause describing a noun, or names a thing that is not
        the trigger ('under the Act of 1956'). `span`: the time's tokens."""
        if self._governor(span) in role_words()["time_bound_preps"] or self._range_end(document, time):
            return False
        if span is not None and in_noun_clause(span.root, *event_heads(cand, self.lex.nouns)):
            return False  # 'the state of emergency, which was imposed [last November], would be extended'
        thing = self._thing_named(span)
        if thing is None or cand.token in thing.subtree or cand.anchor in thing.subtree:
            return True
        if thing.dep_ in {"dobj", "nsubjpass"} and thing.head in (cand.token, cand.anchor) \
                and cand.anchor.lemma_.lower() in role_words()["dated_object_verbs"]:
            return True  # 'will convene rare Friday sessions', 'filed a 2010 lawsuit': the act makes the dated thing
        if thing.dep_ == "nsubj" and thing.head in (cand.token, cand.anchor):
            return True  # 'the November 23 lawsuit alleges …', 'Monday's blast killed five': the dated thing acts then
        # 'promised … at a Thursday rally': the event happened at the dated thing
        return thing.dep_ == "pobj" and thing.head.lower_ in role_words()["venue_time_preps"] \
            and thing.head.head in (cand.token, cand.anchor)

    @staticmethod
    def _past(span: SpacySpan | None) -> bool:
        """Is the time (`span`, its tokens) in a past-tense clause ('the crackdown that began on July 9', 'he enlisted
        in 2004')?"""
        if span is None:
            return False
        verb = clause_verb(span.root)
        return verb.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children)

    @staticmethod
    def _after_publication(document: Document, time: Time) -> bool:
        """Does the time fall wholly after the publication date ('Next Wednesday, April 11', 'before May')? It can
        date what is to come, not what an earlier sentence's neighbour reports as done."""
        published = document.article.published
        if published is None or not CALENDAR_VALUE.fullmatch(time.value):
            return False  # a week ('2016-W29') or season does not compare with a calendar date
        return time.value > published.isoformat()[:len(time.value)]

    @staticmethod
    def _now(cand: Candidate, mod: str) -> bool:
        """Is the event not in the past: not done yet ('will write', 'plans to travel') or so now ('Britain blames
        Russia', present tense)? A past date from an earlier sentence is then not its date."""
        present = role_words()["present_tags"]
        verb = cand.anchor
        if mod in WILLED:
            verb = verb.head if verb.dep_ in {"xcomp", "ccomp"} else verb  # 'plans [to travel]', 'asks [that …]'
            return verb.tag_ in present or any(c.dep_ == "aux" and c.tag_ in present | {"MD"} for c in verb.children)
        # 'police are investigating', 'journalists are imprisoned': a present auxiliary (not the perfect's 'have')
        now_aux = any(c.dep_ in {"aux", "auxpass"} and c.tag_ in present and c.lemma_ != "have" for c in verb.children)
        return mod in UNDONE or (verb.pos_ in {"VERB", "AUX"} and (verb.tag_ in present or now_aux))

    @staticmethod
    def _carry_start(document: Document, sent: SpacySpan) -> int:
        """Where the times that may carry to this sentence start: its paragraph and the one before (at most
        PARAGRAPH_SENTENCES sentences back); CARRY_SENTENCES back in an article without paragraph breaks."""
        text = document.article.text
        para_start = text.rfind("\n\n", 0, sent.start_char)
        prev_para_start = max(text.rfind("\n\n", 0, max(para_start, 0)), 0)
        back = PARAGRAPH_SENTENCES if "\n\n" in text else CARRY_SENTENCES
        first = sent
        for _ in range(back):  # walk back sentence by sentence, not over the whole article per event
            if first.start == 0:
                break
            first = document.doc[first.start - 1].sent
        return max(prev_para_start, first.start_char)

    @staticmethod
    def _dates(document: Document) -> list[Time]:
        """The article's times that can date an event: dates, and the day of a clock time on a known day
        ('killed around 5 p.m. Wednesday', 'a rally on Thursday evening' date the event to that day); a bare clock
        time ('at 3 a.m.') names no day, and 'tonight' or 'overnight' only the day of whoever said it."""
        out = []
        for t in document.article.times:
            if t.precision in DATE_PRECISIONS:
                out.append(t)
            elif t.precision == "time" and DAY_OF_TIME.match(t.value) and not t.rule.endswith(":anchor-day") \
                    and not t.rule.startswith("deictic"):
                day = t.value.split("T", 1)[0]
                out.append(t.model_copy(update={"value": day, "precision": "day", "rule": f"{t.rule}; its day"}))
        return out

    def date_for(self, document: Document, cand: Candidate, sent: SpacySpan, mod: str = "asserted",
                 report: Report | None = None) -> tuple[Time | None, str]:
        times = self._dates(document)
        spans = TokensOf(document)
        # A time on the reporting verb ("…, the ministry confirmed on Monday") dates the report. An act reported as
        # done happened by then, the usual bound for reported events; a planned, threatened or requested one did not.
        told = [t for t in times if report is not None and sent.start_char <= t.start < sent.end_char
                and (span := spans(t)) is not None
                and clause_verb(span.root) == report.verb]
        if report is not None and told and mod not in REALIS:
            times = [t for t in times if t not in told]
            if not any(sent.start_char <= t.start < sent.end_char for t in times):
                return None, f"'{told[0].text}' dates the report ('{report.verb.text}'), not the {mod} event it reports"
        date, why = self._date_near(document, cand, sent, times, spans, mod)
        if report is not None and date in told:
            why += f" (on the report '{report.verb.text}': reported as done by then)"
        return date, why

    def _date_near(self, document: Document, cand: Candidate, sent: SpacySpan, times: list[Time], spans: TokensOf,
                   mod: str = "asserted") -> tuple[Time | None, str]:
        anchor = circumstance_verb(cand.anchor)
        lo, hi = clause_span(anchor)
        in_clause = [t for t in times if lo <= t.start < hi]
        other = [t for t in times if sent.start_char <= t.start < sent.end_char
                 and not self._dates_the_event(document, t, spans(t), cand)]
        if in_clause and all(t in other for t in in_clause):
            return None, f"'{in_clause[0].text}' in the trigger's clause dates another event or thing, not this one"
        in_clause = [t for t in in_clause if t not in other]
        times = [t for t in times if t not in other]
        if in_clause:
            return min(in_clause, key=lambda t: abs(t.start - cand.token.idx)), "time in the trigger's clause"
        main_clause = anchor == sent.root or (anchor.dep_ in {"ccomp", "conj"} and anchor.head == sent.root)
        inside = [t for t in times if sent.start_char <= t.start < sent.end_char]
        if inside and main_clause:
            nearest = min(inside, key=lambda t: abs(t.start - cand.token.idx))
            if mod in REALIS and self._after_publication(document, nearest):
                # 'called for a day of protest next Monday and urged the government …': the coming day is the protest's
                return None, f"'{nearest.text}', in another clause, is after the publication date; this event is reported as done"
            return nearest, "time in the sentence"
        served = purpose_of(anchor) if mod in REALIS else None
        if served is None and mod in REALIS and anchor.dep_ == "advcl" and anchor.tag_ == "VBG" and anchor.head.pos_ == "VERB" \
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in anchor.children):
            served = anchor.head  # 'marched through London on Saturday [calling for a ceasefire]': then, too
        if inside and served is not None:  # 'fired tear gas on Tuesday [to disperse] them', reported as done: then
            slo, shi = clause_span(served)
            own = [t for t in inside if slo <= t.start < shi]
            how = "hangs on" if served.i == anchor.head.i and anchor.tag_ == "VBG" else "is the purpose of"
            if own:
                return min(own, key=lambda t: abs(t.start - cand.token.idx)), \
                    f"time of the act '{served.text}' that the '{anchor.text}' clause {how}"
        if inside:
            return None, "the sentence's time belongs to another clause"
        if other:
            return None, f"the sentence's time ('{other[0].text}') dates another event or thing, not this one"
        return self._carried(document, cand, sent, times, spans, mod, (lo, hi))

    def _carried(self, document: Document, cand: Candidate, sent: SpacySpan, times: list[Time], spans: TokensOf,
                 mod: str, clause: tuple[int, int]) -> tuple[Time | None, str]:
        """The date an earlier sentence gives a sentence that names none of its own."""
        lo, hi = clause
        # A sentence with a time of its own too vague to date it ('weeks ago', 'in the 1990s') takes no other; a
        # 'now' does so in the trigger's own clause ('Now Trump is promising …'), a 'soon' not ('soon arrested him')
        vague = [t for t in document.article.times if sent.start_char <= t.start < sent.end_char and t.precision in VAGUE_PRECISIONS
                 and t.value != "FUTURE_REF" and (t.value != "PRESENT_REF" or lo <= t.start < hi)]
        if vague:
            return None, f"the sentence has its own time ('{vague[0].text}'), too vague to date it"
        # The paragraph's time carries to its later sentences, and to the next paragraph's first.
        start = self._carry_start(document, sent)
        earlier = [t for t in times if start <= t.start < sent.start_char
                   and not self._names_a_thing(document, t, spans(t))
                   and not self._describes_the_speaker(document, t, spans(t), cand.token.idx)]
        if earlier and self._now(cand, mod) and self._past(spans(earlier[-1])):
            return None, f"'{earlier[-1].text}' dates a past act before; this event is {'not done yet' if mod in UNDONE else 'so now'}"
        if earlier and mod in REALIS and self._after_publication(document, earlier[-1]):
            return None, f"'{earlier[-1].text}' is after the publication date; this event is reported as done"
        if earlier:
            return earlier[-1], f"carried from an earlier sentence ('{earlier[-1].text}')"
        return None, "no date in the sentence or the one before"
