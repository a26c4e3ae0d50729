"""Quotes stage, round 3: where a reported content starts and ends. One test per rule, on
sentences written for these tests (no shared data)."""

from __future__ import annotations

from test_quotes import one, quotes


def contents(text: str, kind: str = "indirect") -> list[str]:
    return [q.content.text for q in quotes(text) if q.kind == kind]


# ---- the clause right after the cue, when the parse gives the cue several ---------------------

def test_clause_after_the_cue_not_an_earlier_one() -> None:
    text = 'Ahead of the meeting - "do they even want a deal?" - union members said they were tired of waiting.'
    q = one(text, "they were tired of waiting", "indirect")
    assert q.speaker is not None and "union members" in q.speaker.name


def test_clause_after_the_cue_not_a_later_aside() -> None:
    text = ("The mayor said the park would open in June - the city has already spent two million dollars "
            "on the site and its new playground.")
    assert "the park would open in June" in contents(text)


# ---- comma-set tails PolNeAR leaves out -------------------------------------------------------

def test_trailing_speech_participle_is_its_own_report() -> None:
    text = "The senator said the bill was dead, pointing to opposition from both parties."
    assert "the bill was dead" in contents(text)
    assert "the bill was dead, pointing to opposition from both parties" not in contents(text)


def test_trailing_apposition_to_a_name_is_left_out() -> None:
    text = "The union endorsed Maria Lopez, a former nurse who ran the hospital workers' strike."
    q = one(text, "Maria Lopez", "indirect")
    assert q.cue is not None and q.cue.text == "endorsed"


# ---- 'according to X' interrupting the clause it reports ----------------------------------------

def test_according_to_inside_the_clause_reports_all_of_it() -> None:
    text = "That's a mistake, according to the report, because the costs will rise."
    assert contents(text) == ["That's a mistake, according to the report, because the costs will rise"]


# ---- never end inside a hyphenated word ---------------------------------------------------------

def test_content_takes_the_whole_hyphenated_word() -> None:
    assert "the re-election of Mayor Tom Hill" in contents("The governor endorsed the re-election of Mayor Tom Hill.")
    assert "the co-sponsors of the bill" in contents("She praised the co-sponsors of the bill.")


# ---- 'X is seen as Y': what is seen, and as what ----------------------------------------------

def test_passive_seen_as_takes_its_subject() -> None:
    text = "The candidates are widely seen as rivals for the party's leadership."
    q = one(text, "The candidates are widely seen as rivals for the party's leadership", "indirect")
    assert q.speaker is None


# ---- a relative pronoun before the speaker and cue ----------------------------------------------

def test_relative_clause_report_starts_after_the_cue() -> None:
    q = one("Voters rejected the levy, which officials said would pay for new schools.", "would pay for new schools", "indirect")
    assert q.speaker is not None and q.speaker.name.lower() == "officials"
    assert "which officials said was badly designed" not in contents("The tax, which the auditors said was badly designed, will expire next year.")


# ---- 'described X [on Sunday] as Y' ----------------------------------------------------------------

def test_naming_preposition_past_a_modifier() -> None:
    text = "The minister described the deal on Sunday as a victory for both sides."
    assert "the deal on Sunday as a victory for both sides" in contents(text)

