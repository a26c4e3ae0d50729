"""'X said on Wednesday it would …': with no 'that', the parser hangs the day on the reported clause, but it is when the
words were said, not what was said. Sentences written for this file."""

from __future__ import annotations

import pytest
from test_quotes import by_cue, quotes


@pytest.mark.parametrize("text, content", [
    ("Turkey said on Wednesday it would provide armed drones to Somalia.", "it would provide armed drones to Somalia"),
    ("The minister said Thursday he would leave the board.", "he would leave the board"),
    ("Officials said on Monday the border would reopen.", "the border would reopen"),
])
def test_the_day_of_the_saying_is_no_part_of_what_was_said(text, content):
    [q] = by_cue(quotes(text), "said")
    assert q.content.text == content


@pytest.mark.parametrize("text, content", [
    ("They said Monday's decision was wrong.", "Monday's decision was wrong"),  # a day that is part of the subject
    ("She said in a statement on Friday that the talks had failed.", "that the talks had failed"),
])
def test_days_inside_the_content_stay(text, content):
    [q] = by_cue(quotes(text), "said")
    assert q.content.text == content
