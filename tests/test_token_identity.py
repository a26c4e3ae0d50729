"""spaCy makes a new Token object on every access, so `head is verb` is never true: a parse's root (its
own head) must be compared by index. A headline-style 'X to do Y on Friday' clause is its sentence's
root with 'to' as auxiliary; the times stage climbed from it to itself until Python's recursion limit
and the whole article failed. Texts written for this file."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import eventwire
from eventwire.pipeline import Pipeline


def test_root_infinitive_with_a_date_codes(pipeline: Pipeline):
    article = pipeline.code_text('MERGER—"Two regional banks to merge on Friday."', published=date(2024, 3, 12))
    assert [t.text for t in article.times] == ["Friday"]


def test_no_identity_comparison_between_tokens():
    """`a is b` between two names (not None, True, False or a module constant) is how the bug was written;
    the remaining ones compare our own objects, listed here so a new one is looked at."""
    ours = {("quotes/indirect.py", "best[d.content.start, d.content.end] is d"), ("quotes/indirect.py", "b is a"),
            ("quotes/extractor.py", "o is d"), ("quotes/extractor.py", "d is not o"), ("actors/resolve.py", "other is self"),
            ("actors/resolve.py", "other is ent"), ("actors/resolve.py", "a is b"), ("actors/titles.py", "u is not head"),
            ("actors/mentions.py", "top is not u"), ("actors/mentions.py", "target is not u"), ("events/date.py", "first is last"),
            ("runner.py", "threading.current_thread() is threading.main_thread()")}
    root = Path(eventwire.__file__).parent
    found = set()
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Compare) and any(isinstance(op, (ast.Is, ast.IsNot)) for op in node.ops):
                right = node.comparators[0]
                if isinstance(right, ast.Constant) or (isinstance(right, ast.Attribute) and (  # None, h11.IDLE, Format.csv
                        right.attr.isupper() or isinstance(right.value, ast.Name) and right.value.id[:1].isupper())):
                    continue
                found.add((str(path.relative_to(root)), ast.unparse(node)))
    assert found <= ours, sorted(found - ours)
