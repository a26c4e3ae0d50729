"""Actors and places, round 7: words NER's PERSON span opens with that are no part of the name; a person of
the article or the people list is no town; an undated article dated by the offices its own titles give listed
people. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span
from test_actors import ACTORS, NLP, actors, document, one

from eventwire.actors import people
from eventwire.actors.kb import default_kb

KB = default_kb()


# --- NER spans that open with an ordinary word -------------------------------------------------------

def test_a_headline_preposition_is_no_part_of_the_name() -> None:
    found = actors("Beneath Clinton's Wins, Signs of Trouble for Her Party. Hillary Clinton won Texas.")
    assert all(a.name == "Hillary Clinton" for a in found if "Clinton" in a.text)
    assert not any("Beneath" in a.name for a in found)


def test_a_sentence_adverb_is_no_part_of_the_name() -> None:
    found = actors("Certainly Donald Trump has won the primary.")
    assert all(a.name == "Donald Trump" for a in found if "Trump" in a.text)


def test_an_epithet_before_a_known_surname_is_no_part_of_the_name() -> None:
    found = actors("Donald Trump spoke on Monday. Fascist Trump is the new slogan, he said.")
    assert one(found, "Fascist Trump").name == "Donald Trump"


def test_a_lower_case_noun_and_a_title_are_no_part_of_the_name() -> None:
    doc = NLP("The poll found that among Democratic voters Mrs. Clinton leads.")
    i = next(t.i for t in doc if t.text == "voters")
    doc.ents = [Span(doc, i, i + 3, label="PERSON")]  # NER's span as it came on real text: 'voters Mrs. Clinton'
    at = ACTORS.finder.units(doc, {})
    assert at[i + 2].what == "person" and (at[i + 2].start, at[i + 2].end) == (i + 2, i + 3)
    assert at.get(i) is None  # 'voters' is not made a title of hers either


def test_a_noun_before_a_courtesy_title_is_no_title_of_the_name() -> None:
    text = "The drop has reached the core groups of voters Mrs. Clinton must win in November."
    doc = NLP(text)
    i = next(t.i for t in doc if t.text == "voters")
    j = next(t.i for t in doc if t.text == "Clinton")
    doc.ents = [Span(doc, j, j + 1, label="PERSON")]
    for t in (doc[i], doc[i + 1]):  # the parse that came on real text: both words compounds of the name
        t.head, t.dep_ = doc[j], "compound"
    at = ACTORS.finder.units(doc, {})
    nps = ACTORS.finder.phrases(doc, at)
    clinton = next(np for np in nps if np.head.start == j)
    assert all(m.start != i for m in clinton.members)
    assert clinton.start == i + 1  # the phrase is 'Mrs. Clinton'


def test_a_prefix_joined_to_the_name_is_not_cut_from_it() -> None:
    doc = NLP("Various pro-Clinton groups met on Monday.")
    i = next(t.i for t in doc if t.text == "pro")
    doc.ents = [Span(doc, i, i + 3, label="PERSON")]  # NER's 'pro-Clinton'
    at = ACTORS.finder.units(doc, {})
    assert at[i].start == i  # not the name '-Clinton'


def test_a_first_name_at_the_start_of_a_sentence_stays() -> None:
    found = actors("Mark Rutte spoke on Monday. Frank Delaney met him later.")
    assert one(found, "Mark Rutte").name == "Mark Rutte"
    assert one(found, "Frank Delaney").name == "Frank Delaney"


def test_an_adjective_first_name_stays_when_the_rest_is_not_known_apart() -> None:
    found = actors("Rich Lowe wrote the column on Monday. Mr. Lowe later defended it.")
    assert one(found, "Rich Lowe").name == "Rich Lowe"  # 'rich' is an adjective, but 'Lowe' is known only with it


# --- a person is no town --------------------------------------------------------------------------------

def places(text: str) -> list[str]:
    return [p.text for p in document(text).article.places]


def test_a_person_named_in_the_article_is_no_town() -> None:
    assert "Obama" not in places("President Obama spoke on Monday. Later, 81 percent of Democrats said they approve of Obama.")


def test_a_listed_person_is_no_town() -> None:
    assert "Obama" not in places("A poll found that 81 percent of Democrats approve of Obama.")


def test_a_town_so_named_by_its_context_stays() -> None:
    assert "Obama" in places("Obama spoke on Monday. The festival was held in Obama, a town in Fukui Prefecture.")


# --- the people list and an undated article ----------------------------------------------------------

def test_an_undated_article_is_dated_by_the_office_its_titles_give() -> None:
    found = actors("President Barack Obama met Republicans on Monday. Donald Trump said the talks failed.")
    assert one(found, "Donald Trump").sector is None  # not president while Obama was
    assert one(found, "President Barack Obama").sector == "GOV"


def test_an_undated_article_without_titled_listed_people_keeps_the_listed_sector() -> None:
    assert one(actors("Donald Trump said the talks failed."), "Donald Trump").sector == "GOV"


def test_a_dated_article_uses_its_date() -> None:
    found = actors("President Barack Obama met Republicans. Donald Trump said the talks failed.", published=date(2018, 3, 1))
    assert one(found, "Donald Trump").sector == "GOV"


def test_a_former_title_dates_nothing_and_the_latest_term_titled_wins() -> None:
    obama, clinton = KB.people["Barack Obama"], KB.people["Bill Clinton"]
    assert people.window([(obama, "former president")], 2025) is None
    assert people.window([(obama, "senator")], 2025) is None
    assert people.window([(obama, "president")], 2025) == frozenset(range(2009, 2017))
    # 'President Clinton signed it in 1996' in a story of Obama's time names an older term
    assert people.window([(clinton, "president"), (obama, "president")], 2025) == frozenset(range(2009, 2017))
    # 'Vice President Biden': the list cannot say which of his terms was that office
    assert people.window([(KB.people["Joe Biden"], "vice president")], 2025) is None


def test_an_office_that_overlaps_the_dated_term_keeps_its_sector() -> None:
    found = actors("President Barack Obama met Republicans on Monday. John Kerry said the talks failed.")
    assert one(found, "John Kerry").sector == "GOV"  # secretary of state 2013-2017


def test_an_older_titled_term_does_not_undo_the_dating() -> None:
    found = actors("President Barack Obama met Republicans on Monday. President Bill Clinton signed the law in 1996. "
                   "Donald Trump said the talks failed.")
    assert one(found, "Donald Trump").sector is None


def test_a_namesake_of_the_other_gender_leaves_the_surname() -> None:
    found = actors("Hillary Clinton spoke in Ohio. Later Mr. Clinton said the economy was weak.")
    assert one(found, "Mr. Clinton").country == "USA" and "Bill Clinton" in one(found, "Mr. Clinton").method


def test_an_abbreviated_title_gives_the_office() -> None:
    found = actors("President Barack Obama met Republicans. Gov. Mike Pence and Sen. Tim Kaine said the talks failed.")
    assert one(found, "Gov. Mike Pence").sector == "GOV"  # governor then, though listed for a later office
    assert one(found, "Sen. Tim Kaine").sector == "LEG"
    assert one(actors("Gen. Mark Milley left the base."), "Gen. Mark Milley").sector == "MIL"
