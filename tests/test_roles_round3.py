"""Third round of target (patient/recipient) rules: one test per rule family, on sentences written
for this file. Uses the session `pipeline` fixture from conftest.py; the helpers are tests/eventcheck.py's."""

from __future__ import annotations

from eventwire.pipeline import Pipeline

from eventcheck import events, only, target


# --- valency: which argument of the trigger is the patient or recipient ----------------------------
def test_of_phrase_of_a_transitive_event_noun_is_its_patient(pipeline: Pipeline) -> None:
    e = only(pipeline, "Saudi Arabia tightened its blockade of Qatar on Monday.", "COERCE")
    assert target(e) == "Qatar" and e.target is not None and e.target.country == "QAT"


def test_verbs_of_transfer_bear_on_the_recipient_not_the_thing_moved(pipeline: Pipeline) -> None:
    e = only(pipeline, "Italian police returned the stolen paintings to Poland on Friday.", "RETREAT")
    assert target(e) == "Poland" and e.target is not None and e.target.country == "POL"
    e = only(pipeline, "Sweden extradited the Rwandan general to Kenya on Monday.", "COOPERATE")  # a person moved, too
    assert target(e) == "Kenya" and e.target is not None and e.target.country == "KEN"


def test_a_phrase_on_the_verb_saying_where_a_thing_goes_is_its_recipient(pipeline: Pipeline) -> None:
    e = only(pipeline, "The agency halted food shipments to Gaza last week.", "SANCTION")
    assert target(e) == "Gaza" and "the place it goes to" in e.rule


def test_a_place_left_may_be_an_unnamed_area(pipeline: Pipeline) -> None:
    e = only(pipeline, "The rebels withdrew from a buffer zone along the border.", "RETREAT")
    assert target(e) == "a buffer zone"


def test_own_fighters_withdrawn_are_no_target(pipeline: Pipeline) -> None:
    e = only(pipeline, "The rebels withdrew their fighters from the town.", "RETREAT")
    assert e.target is None or "fighters" not in e.target.text


def test_what_is_agreed_to_names_no_party_but_a_partner_does(pipeline: Pipeline) -> None:
    e = only(pipeline, "Kenya agreed to open its border to Somali refugees.", "AGREE")
    assert e.target is None
    e = only(pipeline, "Kenya agreed with Ethiopia on Monday to reopen the border.", "AGREE")
    assert target(e) == "Ethiopia"


def test_an_agreement_signed_is_no_party(pipeline: Pipeline) -> None:
    e = only(pipeline, "Mexico and Canada signed an agreement to keep trading after Britain leaves the EU.", "SUPPORT")
    assert e.target is not None and e.target.country == "CAN"  # the co-signer, not the agreement nor Britain


def test_the_other_side_of_a_dispute_settled_is_the_target(pipeline: Pipeline) -> None:
    e = only(pipeline, "The union accepted a formula for ending its dispute with the railway company.", "AGREE")
    assert target(e) == "the railway company"


# --- authors: whom a reply to a demand, charge or pressure bears on ---------------------------------
def test_a_nationality_owns_the_demands_it_qualifies(pipeline: Pipeline) -> None:
    e = only(pipeline, "The Kenyan government rejected the Somali demands on Tuesday.", "REJECT")
    assert target(e) == "the Somali demands" and e.target is not None and e.target.country == "SOM"


def test_the_author_of_an_appeal_or_a_charge_is_the_target(pipeline: Pipeline) -> None:
    e = only(pipeline, "The court rejected an appeal filed by the opposition party.", "REJECT")
    assert target(e) == "the opposition party"
    e = only(pipeline, "Kenya denied charges by the Somali government that it had closed the border.", "REJECT")
    assert target(e) == "the Somali government" and e.target is not None and e.target.country == "SOM"


def test_a_refusal_despite_pressure_bears_on_whoever_presses(pipeline: Pipeline) -> None:
    e = only(pipeline, "The minister refused to resign despite pressure from the parliament.", "REJECT")
    assert target(e) == "the parliament"


# --- purposes and instruments ------------------------------------------------------------------------
def test_whom_aid_helps_is_the_target(pipeline: Pipeline) -> None:
    e = only(pipeline, "The agency sent food, including flour and rice, to help victims of the flood.", "AID")
    assert target(e) == "victims of the flood"
    e = only(pipeline, "Germany provided money to help Haiti rebuild.", "AID")
    assert target(e) == "Haiti" and e.target is not None and e.target.country == "HTI"


def test_a_force_contributed_to_is_an_instrument_where_it_serves_is_the_target(pipeline: Pipeline) -> None:
    found = [e for e in events(pipeline, "Ghana offered to contribute troops to the UN peacekeeping force in Mali.") if e.type == "AID"]
    assert found and target(found[0]) == "Mali"


# --- places that are no target -----------------------------------------------------------------------
def test_in_a_bid_is_no_place(pipeline: Pipeline) -> None:
    e = only(pipeline, "The army declared a ceasefire in a bid to end the fighting.", "CONCEDE")
    assert e.target is None


def test_a_city_owning_a_thing_is_no_place_the_event_bears_on(pipeline: Pipeline) -> None:
    e = only(pipeline, "Kenya agreed on Monday to bolster Nairobi's relationships with its neighbours.", "AGREE")
    assert e.target is None


# --- trimming the phrase that fills the role -----------------------------------------------------------
def test_role_phrase_drops_a_count_in_apposition_and_a_firm_description(pipeline: Pipeline) -> None:
    e = only(pipeline, "Prosecutors opened investigations against managers of Acme Holdings, a Kenyan tea exporter.", "ACCUSE")
    assert target(e) == "managers of Acme Holdings"


def test_role_phrase_drops_the_event_a_party_took_part_in(pipeline: Pipeline) -> None:
    e = only(pipeline, "Four gunmen killed 30 people in coordinated attacks in Lagos.", "ASSAULT")
    assert target(e) == "30 people"


# --- measures and what they bear on ---------------------------------------------------------------------
def test_a_ban_bears_on_whom_the_banned_dealings_are_with(pipeline: Pipeline) -> None:
    e = only(pipeline, "Canada will not lift the ban on doing business with the Iranian airline.", "REJECT")  # a refused concession
    assert target(e) == "the Iranian airline"


def test_a_ban_imposed_in_a_relative_clause_bears_on_its_recipient(pipeline: Pipeline) -> None:
    e = only(pipeline, "The rebels lifted the ban that they had imposed on aid agencies.", "CONCEDE")
    assert target(e) == "aid agencies"


# --- stances, demands, resignations and preparations ---------------------------------------------------
def test_with_phrase_of_a_stance_verb_is_its_object(pipeline: Pipeline) -> None:
    e = only(pipeline, "The ministers said they agree with the recommendation of the panel.", "AGREE")
    assert target(e) == "the recommendation of the panel"


def test_a_demand_made_in_a_that_clause_bears_on_its_subject(pipeline: Pipeline) -> None:
    e = only(pipeline, "Opposition leaders demanded that the president step down.", "REQUEST")
    assert target(e) == "the president"
    e = only(pipeline, "Kenya repeated its demand that Somalia withdraw its troops.", "REQUEST")
    assert target(e) == "Somalia" and e.target is not None and e.target.country == "SOM"


def test_a_resignation_bears_on_the_body_left(pipeline: Pipeline) -> None:
    e = only(pipeline, "The Ugandan minister resigned as president of the Rwandan football federation.", "RETREAT")
    assert target(e) == "the Rwandan football federation"


def test_forces_readied_for_an_operation_bear_on_whom_it_is_against(pipeline: Pipeline) -> None:
    e = only(pipeline, "The general mobilized his troops for an offensive against the rebels.", "MOBILIZE")
    assert target(e) == "the rebels"


def test_the_light_verbs_at_phrase_is_the_venue_not_the_target(pipeline: Pipeline) -> None:
    e = only(pipeline, "Students held a demonstration at Nairobi University against the siege of the city.", "PROTEST")
    assert e.target is not None and "University" not in e.target.text
    e = only(pipeline, "Students held a protest at the university against the governor.", "PROTEST")  # 'against' parsed on the venue
    assert target(e) == "the governor"


def test_a_protest_or_condemnation_of_an_act_bears_on_its_agent(pipeline: Pipeline) -> None:
    e = only(pipeline, "Nurses staged a strike against abuses by the hospital management.", "PROTEST")
    assert target(e) == "the hospital management"
    e = only(pipeline, "The senator condemned the attack on the embassy by the militants.", "ACCUSE")
    assert target(e) == "the militants"


def test_a_resignation_amid_pressure_bears_on_whoever_presses(pipeline: Pipeline) -> None:
    e = only(pipeline, "The mayor resigned amid pressure from the city council.", "RETREAT")
    assert target(e) == "the city council"


def test_a_second_object_after_a_comma_is_an_apposition_not_an_object() -> None:
    """'established ties with Bhutan, a small nation': the parser may hang the apposition on the verb."""
    import spacy
    from spacy.tokens import Doc

    from eventwire.events.syntax import objects_of

    words = ["Israel", "established", "ties", "with", "Bhutan", ",", "a", "small", "nation", "."]
    heads = [1, 1, 1, 1, 3, 1, 8, 8, 1, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "det", "amod", "dobj", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    assert [t.text for t in objects_of(doc[1])] == ["ties"]


def test_where_a_measure_is_imposed_may_be_an_unknown_name_and_hang_on_the_verb(pipeline: Pipeline) -> None:
    e = only(pipeline, "The army imposed a curfew in Upper Kwenta.", "COERCE")
    assert target(e) == "Upper Kwenta"


def test_whoever_a_thing_is_handed_to_is_the_target_even_unnamed(pipeline: Pipeline) -> None:
    e = only(pipeline, "The agency delivered the vaccines to every household in the district.", "AID")
    assert target(e) == "every household in the district"


def test_a_preposition_after_the_object_makes_no_phrasal_verb(pipeline: Pipeline) -> None:
    found = events(pipeline, "The council is giving vouchers to families in a bid to boost spending.")
    assert not [e for e in found if e.type == "CONCEDE"]  # not "give in"
    e = only(pipeline, "The opposition called on Friday for new elections.", "REQUEST")  # a phrase before no object still is one
    assert e.rule.startswith("call for:")


def test_a_prepositional_verb_takes_its_object_through_the_preposition(pipeline: Pipeline) -> None:
    e = only(pipeline, "The union on Monday called on Kenyan lawmakers to follow the example set by some of the past leaders , "
                       "most especially , the late President Daniel Moi of Kenya .", "REQUEST")
    assert target(e) == "Kenyan lawmakers"


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]):  # noqa: ANN202
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_role_phrase_drops_a_re_description_of_a_common_noun_but_keeps_a_list() -> None:
    from eventwire.events.syntax import role_phrase

    doc = _doc(["Troops", "shelled", "the", "northern", "areas", ",", "the", "last", "district", "outside", "army", "control", "."],
               [1, 1, 4, 4, 1, 4, 8, 8, 4, 8, 11, 9, 1],
               ["nsubj", "ROOT", "det", "amod", "dobj", "punct", "det", "amod", "appos", "prep", "compound", "pobj", "punct"],
               ["NOUN", "VERB", "DET", "ADJ", "NOUN", "PUNCT", "DET", "ADJ", "NOUN", "ADP", "NOUN", "NOUN", "PUNCT"])
    start, end = role_phrase(doc[4])
    assert doc[start:end].text == "the northern areas"
    doc = _doc(["The", "government", ",", "a", "number", "of", "parties", "and", "the", "rebels", "met", "."],
               [1, 10, 1, 4, 1, 4, 5, 6, 9, 6, 10, 10],
               ["det", "nsubj", "punct", "det", "appos", "prep", "pobj", "cc", "det", "conj", "ROOT", "punct"],
               ["DET", "NOUN", "PUNCT", "DET", "NOUN", "ADP", "NOUN", "CCONJ", "DET", "NOUN", "VERB", "PUNCT"])
    start, end = role_phrase(doc[1])
    assert doc[start:end].text == "The government , a number of parties and the rebels"
