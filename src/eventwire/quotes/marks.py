"""Find quoted passages in plain text by their marks, offset-safe and total: any string in,
a list of well-formed segments out, never an exception.

A *paragraph* is a line of text. Within a paragraph the scanner opens a quotation at an
opening mark and closes it at one of that mark's closers (data/quotes/quotes.yaml `pairs`).
Marks that open and close alike (straight ", U+2033 ″, a “ used as a closer by scraped text,
wire copy's two apostrophes '')
take their direction from the context: an opener has no letter or digit before it and a
non-space after it (so the inch mark in 6" is not one); a closer has a non-space before it.
Single quotes inside a double-quoted passage are part of it (nested quotations); a
top-level ‘…’ passage counts only when its closing ’ is followed by a non-letter (so
apostrophes in "it’s" never close it) and it holds at least two words.

A quotation still open at the end of its paragraph continues into the next one when that
paragraph opens with a mark again (news style for multi-paragraph quotations: the opening
mark is repeated, the closing one is not); otherwise it ends with its paragraph, marked
`closed=False`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import QuoteLexicon, lexicon

TRAIL = " \t\r\n,;:"  # stripped from the end of a quotation's content ("…leadership,” he said")


@dataclass(frozen=True)
class Segment:
    open: int  # offset of the opening mark
    start: int  # content [start, end): the words inside the marks
    end: int
    close: int  # offset just after the closing mark (== end of the paragraph when not closed)
    closed: bool
    paragraphs: int  # how many paragraphs the quotation spans

    def contains(self, offset: int) -> bool:
        return self.open <= offset < self.close


def paragraphs(text: str) -> list[tuple[int, int]]:
    """[start, end) of each non-blank line."""
    out, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append((pos, end))
        pos = end + 1
    return out


def _is_space(ch: str) -> bool:
    return ch.isspace()


@lru_cache(maxsize=8)
def _mark_starts(chars: frozenset[str]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


def _mark(text: str, i: int, hi: int, lex: QuoteLexicon) -> str:
    """The quotation mark at i: a two-character one ('' ``) or a single character."""
    two = text[i:min(i + 2, hi)]
    return two if len(two) == 2 and two in lex.pairs else text[i]


def _opens(text: str, i: int, lo: int, hi: int, lex: QuoteLexicon, ch: str) -> bool:
    nxt = text[i + len(ch)] if i + len(ch) < hi else " "
    prev = text[i - 1] if i > lo else " "
    if _is_space(nxt) or nxt in lex.pairs.get(ch, ()):  # "“ ”" or a mark followed by space opens nothing
        return False
    if prev == "=":  # a markup attribute left in scraped text: <tweet author="…">
        return False
    if ch in lex.ambiguous:
        return not prev.isalnum() and prev not in ".,;!?%"
    return True


def _closes(text: str, i: int, lo: int, hi: int, lex: QuoteLexicon, opener: str, ch: str) -> bool:
    if ch not in lex.pairs[opener]:
        return False
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + len(ch)] if i + len(ch) < hi else " "
    if ch in lex.ambiguous:
        # a mark with space before and a word after opens something new rather than closing
        return not _is_space(prev) or not nxt.isalnum()
    return True


def _single(text: str, i: int, lo: int, hi: int, lex: QuoteLexicon) -> int | None:
    """Offset of the closing ’ of a top-level ‘…’ passage opening at i, if it is one."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if prev.isalnum() or not nxt.isalnum():
        return None
    j = i + 1
    while True:
        j = text.find(lex.single_close, j, hi)
        if j < 0:
            return None
        after = text[j + 1] if j + 1 < hi else " "
        if not after.isalpha():
            inner = text[i + 1:j]
            return j if len(inner.split()) >= 2 and lex.single_open not in inner else None
        j += 1


def _content(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in TRAIL:
        end -= 1
    return start, end


def find_segments(text: str, lex: QuoteLexicon | None = None) -> list[Segment]:
    """Every quotation in `text`, in order, non-overlapping."""
    lex = lex or lexicon()
    starts = _mark_starts(frozenset({m[0] for m in lex.pairs} | {c[0] for cs in lex.pairs.values() for c in cs} | {lex.single_open}))
    paras = paragraphs(text)
    out: list[Segment] = []
    opener = None  # the mark of the open quotation
    open_at = content_at = 0
    spanned = 0

    def emit(close_mark: int, after: int, closed: bool) -> None:
        s, e = _content(text, content_at, close_mark)
        if e > s and any(c.isalnum() for c in text[s:e]):
            out.append(Segment(open_at, s, e, after, closed, spanned))

    for k, (lo, hi) in enumerate(paras):
        i = lo
        if opener is not None:  # a quotation carried over from the previous paragraph
            spanned += 1
            while i < hi and text[i].isspace():
                i += 1
            if i < hi and _mark(text, i, hi, lex) in lex.pairs:
                i += len(_mark(text, i, hi, lex))  # the repeated opening mark is part of the content
        while i < hi:
            found = starts.search(text, i, hi)  # jump to the next character that can be a mark
            if found is None:
                break
            i = found.start()
            ch = _mark(text, i, hi, lex)
            if opener is None:
                if ch in lex.pairs and _opens(text, i, lo, hi, lex, ch):
                    opener, open_at, content_at, spanned = ch, i, i + len(ch), 1
                    i += len(ch)
                    continue
                elif ch == lex.single_open:
                    j = _single(text, i, lo, hi, lex)
                    if j is not None:
                        opener, open_at, content_at, spanned = ch, i, i + 1, 1
                        emit(j, j + 1, True)
                        opener = None
                        i = j + 1
                        continue
            elif _closes(text, i, lo, hi, lex, opener, ch):
                emit(i, i + len(ch), True)
                opener = None
                i += len(ch)
                continue
            elif ch == opener and i > lo and text[i - 1].isspace():
                # a second opener before any closer: the first quotation was never closed
                emit(i, i, False)
                opener, open_at, content_at, spanned = ch, i, i + len(ch), 1
                i += len(ch)
                continue
            i += 1
        if opener is not None:
            nxt = paras[k + 1] if k + 1 < len(paras) else None
            body = text[nxt[0]:nxt[1]].lstrip() if nxt else ""
            lead = _mark(body, 0, len(body), lex) if body else ""
            if not (lead and lead in lex.pairs and lead in lex.pairs.get(opener, frozenset()) | {opener}):
                emit(hi, hi, False)
                opener = None
    return out
