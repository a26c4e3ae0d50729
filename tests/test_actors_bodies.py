"""Bodies named in full and then by a common noun, and the people who serve them. Sentences written for this
file; uses the session `pipeline` fixture."""

from __future__ import annotations

from eventcheck import actor_with_text

TEXT = ("Organisers from the Nigeria Labour Congress said the union would call a general strike from Monday. "
        "\"We will not allow it,\" said Joe Ajaero, the union's president.")


def test_a_national_body_whose_name_holds_a_party_alias_is_that_body(pipeline):
    article = pipeline.code_text(TEXT)
    nlc = actor_with_text(article, "the Nigeria Labour Congress")
    assert (nlc.name, nlc.country, nlc.sector) == ("Nigeria Labour Congress", "NGA", "LAB"), nlc
    assert not [a for a in article.actors if a.name == "Labour Party"]


def test_the_union_is_the_union_named_before(pipeline):
    article = pipeline.code_text(TEXT)
    union = next(a for a in article.actors if a.text == "the union" and "definite description" in a.method)
    assert union.name == "Nigeria Labour Congress", union


def test_a_post_in_a_union_is_no_government_post(pipeline):
    article = pipeline.code_text(TEXT)
    ajaero = actor_with_text(article, "Joe Ajaero")
    assert (ajaero.country, ajaero.sector) == ("NGA", "LAB"), ajaero
    we = actor_with_text(article, "We")
    assert we.name == "Joe Ajaero" and we.kind == "person", we  # a union leader's 'we' is not the state's


def test_a_countrys_president_stays_government(pipeline):
    article = pipeline.code_text("Kenya's president, William Ruto, said the talks would resume.")
    ruto = actor_with_text(article, "William Ruto")
    assert (ruto.country, ruto.sector) == ("KEN", "GOV"), ruto


def test_the_president_is_the_one_titled_president(pipeline):
    text = ("Joe Ajaero, the union's president, led the march. President Bola Tinubu's office said in a statement "
            "that the president had ordered talks with labour leaders.")
    article = pipeline.code_text(text)
    talks = next(e for e in article.events if e.trigger.text == "talks")
    assert talks.actor is not None and talks.actor.name == "Bola Tinubu", talks.actor
