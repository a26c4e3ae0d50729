from __future__ import annotations

import pytest

from eventwire.clean import clean, furniture_reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Please enter your comment!", "comment_form"),
        ("Please enter your name here", "comment_form"),
        ("You have entered an incorrect email address!", "comment_form"),
        ("Leave a Reply", "comment_form"),
        ("  Cancel reply  ", "comment_form"),
        ("Save my name, email, and website in this browser for the next time I comment.", "comment_form"),
        ("Share this:", "share_subscribe"),
        ("Facebook Twitter WhatsApp Email", "share_subscribe"),
        ("Subscribe to our daily newsletter", "share_subscribe"),
        ("Follow us on Twitter and Instagram", "share_subscribe"),
        ("Advertisement", "share_subscribe"),
        ("We use cookies to give you the best experience on our website.", "cookie_notice"),
        ("Accept all cookies", "cookie_notice"),
        ("By Jane Roe", "byline"),
        ("By JANE ROE and OMAR HALIM, Example Wire", "byline"),
        ("Posted by Admin on March 3, 2024", "byline"),
        ("Reporting by Jane Roe; Editing by Omar Halim", "byline"),
    ],
)
def test_furniture_lines_are_recognised(line: str, reason: str) -> None:
    assert furniture_reason(line) == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "By Tuesday, the rebels had withdrawn from the town.",
        "By noon the army had entered the city.",
        "By Government Order, the curfew applies to all districts.",
        "Kirby said the share of strikes on the city rose last week.",
        "Police said 12 comments posted online were under investigation.",
        "Please enter the building through the north gate, the police told residents.",
        "Protesters urged people to share videos of the arrests.",
        "The ministry said it uses cookies on its websites, which critics say breaches privacy law.",
    ],
)
def test_real_sentences_are_never_dropped(sentence: str) -> None:
    assert furniture_reason(sentence) is None
    assert clean(f"First line.\n\n{sentence}\n\nLast line.").text == f"First line.\n\n{sentence}\n\nLast line."


def test_clean_records_what_it_removed_with_raw_offsets() -> None:
    raw = "Troops entered the town on Monday.\n\nShare this:\nLeave a Reply\nPlease enter your comment!\nPlease enter your name here"
    result = clean(raw)
    assert result.text == "Troops entered the town on Monday."
    assert [r.reason for r in result.removed] == ["share_subscribe", "comment_form", "comment_form", "comment_form"]
    for r in result.removed:
        assert raw[r.start : r.end] == r.text


def test_clean_normalises_newlines_and_control_characters() -> None:
    raw = "Talks began\x00 in Doha.\r\n\r\n\r\n\r\nThey ended\u200b on Friday.\r"
    assert clean(raw).text == "Talks began in Doha.\n\nThey ended on Friday."


def test_clean_keeps_unicode_quotes_and_accents_verbatim() -> None:
    raw = "“We will stay,” said the mayor of Ménaka.″"
    assert clean(raw).text == raw
