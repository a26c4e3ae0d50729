"""The date: a time in the trigger's clause or sentence, else the one carried from the paragraph; a
time on the reporting verb dates only events reported as done."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from ..document import Document
from ..model import Time
from .modality import Report
from .syntax import clause_span, clause_verb
from .triggers import Candidate


DATE_PRECISIONS = {"day", "week", "month", "quarter", "season", "year"}
REALIS = {"asserted", "claimed"}  # reported as having happened


class DateChooser:
    """Chooses an event's date."""

    @staticmethod
    def _names_a_thing(document: Document, time: Time) -> bool:
        """A date inside a noun phrase ('Biden's August 31 withdrawal date', 'the March 3 deadline') dates that
        thing, not the narrative: it does not carry to later sentences."""
        span = document.doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        return root.dep_ in {"compound", "nmod", "amod", "poss"} and root.head.pos_ in {"NOUN", "PROPN"} and root.head not in span

    def date_for(self, document: Document, cand: Candidate, sent: SpacySpan, mod: str = "asserted",
                 report: Report | None = None) -> tuple[Time | None, str]:
        times = [t for t in document.article.times if t.precision in DATE_PRECISIONS]
        # A time on the reporting verb ("…, the ministry confirmed on Monday") dates the report. An act reported as
        # done happened by then, the usual bound for reported events; a planned, threatened or requested one did not.
        told = [t for t in times if report is not None and sent.start_char <= t.start < sent.end_char
                and (span := document.doc.char_span(t.start, t.end, alignment_mode="expand")) is not None
                and clause_verb(span.root) == report.verb]
        if report is not None and told and mod not in REALIS:
            times = [t for t in times if t not in told]
            if not any(sent.start_char <= t.start < sent.end_char for t in times):
                return None, f"'{told[0].text}' dates the report ('{report.verb.text}'), not the {mod} event it reports"
        date, why = self._date_near(document, cand, sent, times)
        if report is not None and date in told:
            why += f" (on the report '{report.verb.text}': reported as done by then)"
        return date, why

    def _date_near(self, document: Document, cand: Candidate, sent: SpacySpan, times: list[Time]) -> tuple[Time | None, str]:
        anchor = cand.anchor
        lo, hi = clause_span(anchor)
        in_clause = [t for t in times if lo <= t.start < hi]
        if in_clause:
            return min(in_clause, key=lambda t: abs(t.start - cand.token.idx)), "time in the trigger's clause"
        main_clause = anchor == sent.root or (anchor.dep_ in {"ccomp", "conj"} and anchor.head == sent.root)
        inside = [t for t in times if sent.start_char <= t.start < sent.end_char]
        if inside and main_clause:
            return min(inside, key=lambda t: abs(t.start - cand.token.idx)), "time in the sentence"
        if inside:
            return None, "the sentence's time belongs to another clause"
        # The paragraph's time carries to its later sentences, and to the next paragraph's first.
        text = document.article.text
        para_start = text.rfind("\n\n", 0, sent.start_char)
        prev_para_start = text.rfind("\n\n", 0, max(para_start, 0))
        earlier = [t for t in times if max(prev_para_start, 0) <= t.start < sent.start_char and not self._names_a_thing(document, t)]
        if earlier:
            return earlier[-1], f"carried from an earlier sentence ('{earlier[-1].text}')"
        return None, "no date in the sentence or the one before"
