"""Who is speaking: a token of the parse -> an `Actor`, through the actors stage's mentions
(the same resolved actors the events use: names, titles, "the department", pronouns).

A speaker phrase that is not a known political actor ("a source", "the poll") is still
returned, as an Actor whose name is its own words and whose `method` says it is unresolved,
so a reader sees who was credited. A relative pronoun ("Kirby, who said …") speaks for the
noun it hangs on; the Actor keeps the pronoun's span and names the antecedent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..document import Document, Mention
from ..model import Actor, Span
from .lexicon import lexicon

if TYPE_CHECKING:
    from .context import Context, Draft
    from .lexicon import QuoteLexicon

RELATIVE = frozenset({"who", "which", "that", "whom"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
EDGE = " \t\r\n,;:\"“”″'‘’()[]—–-"


def span_of(text: str, start: int, end: int) -> Span | None:
    """A trimmed span of `text`, or None if nothing is left."""
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return Span(text=text[start:end], start=start, end=end) if end > start else None


def token_span(text: str, doc: Doc, first: int, last: int) -> Span | None:
    """Tokens [first, last] inclusive as a trimmed span."""
    return span_of(text, doc[first].idx, doc[last].idx + len(doc[last]))


def mention_for(document: Document, tok: Token) -> Mention | None:
    """The mention at the token, else the widest mention inside its phrase (left of relative clauses)."""
    m = document.mention_at(tok.i)
    if m is not None:
        return m
    lo, hi = tok.left_edge.i, tok.i + 1
    best = None
    for m in document.mentions:
        if lo <= m.start and m.end <= hi and (best is None or m.end - m.start > best.end - best.start):
            best = m
    return best


def phrase_end(tok: Token) -> int:
    """Last token of the noun phrase headed by `tok`, without relative clauses or long modifiers."""
    end = tok.i
    for c in tok.rights:
        if c.dep_ in {"compound", "flat", "nummod", "appos"} and c.i == end + 1:
            end = c.right_edge.i if c.dep_ != "appos" else end
        else:
            break
    return end


def phrase_actor(document: Document, tok: Token, why: str) -> Actor | None:
    """An Actor for a speaker phrase the actors stage did not resolve."""
    sp = token_span(document.article.text, document.doc, tok.left_edge.i if tok.left_edge.i >= tok.i - 6 else tok.i, phrase_end(tok))
    if sp is None:
        return None
    words = sp.text.split()
    while len(words) > 1 and words[0].lower() in DETERMINERS:
        words = words[1:]
    return Actor(text=sp.text, start=sp.start, end=sp.end, name=" ".join(words), method=why)


def speaker_at(document: Document, tok: Token) -> tuple[Actor | None, str]:
    """The speaker named by token `tok` (the subject of a cue verb, a layout name)."""
    if tok.lower_ in RELATIVE and tok.head.dep_ == "relcl" and tok.head.head != tok.head:
        owner = tok.head.head
        m = mention_for(document, owner)
        if m is not None:
            a = m.actor
            return a.model_copy(update={
                "text": tok.text, "start": tok.idx, "end": tok.idx + len(tok.text),
                "antecedent": Span(text=a.text, start=a.start, end=a.end),
                "method": f"relative pronoun '{tok.text}' -> {a.name}; {a.method}"}), f"'{tok.text}' = {a.name}"
        actor = phrase_actor(document, owner, "unresolved speaker phrase")
        if actor is not None:
            actor = actor.model_copy(update={"text": tok.text, "start": tok.idx, "end": tok.idx + len(tok.text),
                                             "antecedent": Span(text=actor.text, start=actor.start, end=actor.end)})
        return actor, f"'{tok.text}' = '{actor.name if actor else owner.text}'"
    m = mention_for(document, tok)
    if m is not None:
        return m.actor, f"mention '{m.actor.text}' -> {m.actor.name}"
    owner = _office_of(document, tok)
    if owner is not None:
        return owner, f"'{owner.text}': of {owner.name}"
    actor = phrase_actor(document, tok, "unresolved speaker phrase (not a known actor)")
    return actor, f"'{actor.text}' (not a known actor)" if actor else "no speaker phrase"


def _office_of(document: Document, tok: Token) -> Actor | None:
    """'The head of the U.N. refugee agency said': the head of an office (quotes.yaml office_nouns) no one resolved, whose
    'of' phrase names an organisation or a state, speaks for it (the events stage reads the same subject so, `Phrases._mention_in`)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lexicon().office_nouns:
        return None
    for prep in (c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"):
        for o in (c for c in prep.children if c.dep_ == "pobj"):
            m = mention_for(document, o)
            sp = token_span(document.article.text, document.doc, tok.left_edge.i, o.right_edge.i)
            if m is not None and m.actor.kind in {"organisation", "state"} and sp is not None:
                return m.actor.model_copy(update={"text": sp.text, "start": sp.start, "end": sp.end})
    return None


def credited_to(previous: Actor, phrase: Span, how: str) -> Actor:
    """`phrase` ("the statement", a cue-less paragraph) speaks for `previous`."""
    return previous.model_copy(update={
        "text": phrase.text, "start": phrase.start, "end": phrase.end,
        "antecedent": Span(text=previous.text, start=previous.start, end=previous.end),
        "method": f"{how} -> {previous.name}"})


def inverted_subject(ctx: "Context", verb: Token) -> Token | None:
    """'…, said the US State Department': a name right after the cue verb when the parse gave it no subject; first, a
    name right before it ('…, Oleh Kiper said', parsed as an object of the content's words)."""
    doc = ctx.document.doc
    before = doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and not ctx.quoted(before) and not before.is_punct and (
            ctx.document.mention_at(before.i) is not None or before.ent_type_ in {"PERSON", "ORG"}):
        return before  # '…, regional governor Oleh Kiper said on …' where the parse lost the subject: the name before it
    for t in doc[verb.i + 1: min(len(doc), verb.i + 6)]:
        if ctx.quoted(t) or t.is_punct or t.pos_ == "ADP":
            break  # 'said on the Telegram app': where it was said, not who
        if ctx.document.mention_at(t.i) is not None or t.ent_type_ in {"PERSON", "ORG", "NORP"}:
            return t
    return None


def credit(ctx: "Context", draft: "Draft", tok: Token, lex: "QuoteLexicon") -> None:
    """Set the speaker from a token; a document noun with no owner ('the statement') waits for the previous speaker."""
    if tok.lemma_.lower() in lex.document_nouns and ctx.document.mention_at(tok.i) is None:
        draft.need = "document"
        draft.phrase = span_of(ctx.text, tok.left_edge.idx, tok.idx + len(tok.text))
        draft.note = f"'{draft.phrase.text if draft.phrase else tok.text}' (a document: its issuer, resolved below)"
        return
    draft.speaker, draft.note = speaker_at(ctx.document, tok)
