"""Fourth round of role rules (source and target): one test per rule family, on sentences written
for this file. Uses the session `pipeline` fixture from conftest.py and the helpers of tests/eventcheck.py.
Where the rule repairs a parse the model does not reliably produce, the parse is built by hand."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from eventwire.events.syntax import role_phrase, subject_of
from eventwire.model import Event
from eventwire.pipeline import Pipeline

from eventcheck import events, only, target


def source(e: Event) -> str | None:
    """The source as the evaluation reads it: a pronoun's antecedent phrase, else the span."""
    if e.actor is None:
        return None
    return e.actor.antecedent.text if e.actor.antecedent is not None else e.actor.text


def parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str], ents: list[str] | None = None,
           tags: list[str] | None = None) -> Doc:
    """A hand-built parse (heads are absolute indices), on an English vocabulary (lower case, punctuation)."""
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents, tags=tags)


# --- agents --------------------------------------------------------------------------------------
def test_a_pronouns_antecedent_is_the_whole_phrase_with_its_abbreviation(pipeline: Pipeline) -> None:
    e = only(pipeline, "The Harbour Workers Union (HWU) said it will blockade the port next week.", "COERCE")
    assert e.actor is not None and e.actor.text == "it"
    assert source(e) == "The Harbour Workers Union (HWU)"


def test_a_pronoun_subject_of_what_someone_says_is_the_speaker(pipeline: Pipeline) -> None:
    e = only(pipeline, "The charity Helping Hands says it is providing food aid to refugees in Chad.", "AID")
    assert e.actor is not None and e.actor.text == "it" and source(e) == "The charity Helping Hands"


def test_a_capitalised_word_closing_a_name_is_a_name(pipeline: Pipeline) -> None:
    e = only(pipeline, "The NGO Kenya Medical Aid has been providing food aid to refugees in Chad.", "AID")
    assert source(e) == "The NGO Kenya Medical Aid"  # 'Aid' tagged a common noun, the trigger word 'aid'
    e = only(pipeline, "The charity Global Relief Aid has been providing food aid to refugees in Chad.", "AID")
    assert source(e) == "The charity Global Relief Aid"


def test_the_state_one_is_expelled_from_expels(pipeline: Pipeline) -> None:
    e = only(pipeline, "Three journalists were expelled from Ethiopia on Monday.", "COERCE")
    assert source(e) == "Ethiopia" and target(e) == "Three journalists"


def test_who_takes_on_a_plan_acts_on_it() -> None:
    # "The ministry announced plans to impose curfews": the infinitive hangs on the noun 'plans'
    doc = parsed(["The", "ministry", "announced", "plans", "to", "impose", "curfews", "."],
                 [1, 2, 2, 2, 5, 3, 5, 2], ["det", "nsubj", "ROOT", "dobj", "aux", "acl", "dobj", "punct"],
                 ["DET", "NOUN", "VERB", "NOUN", "PART", "VERB", "NOUN", "PUNCT"])
    subj = subject_of(doc[5])
    assert subj is not None and subj.text == "ministry"
    # "Kenya sent police in a bid to halt the raids": 'halt' hangs on 'bid', object of 'in' on the verb
    doc = parsed(["Kenya", "sent", "police", "in", "a", "bid", "to", "halt", "the", "raids"],
                 [1, 1, 1, 1, 5, 3, 7, 5, 9, 7], ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "aux", "acl", "det", "dobj"],
                 ["PROPN", "VERB", "NOUN", "ADP", "DET", "NOUN", "PART", "VERB", "DET", "NOUN"])
    subj = subject_of(doc[7])
    assert subj is not None and subj.text == "Kenya"


def test_a_subject_the_parser_hung_on_the_auxiliary_is_the_verbs() -> None:
    # "Norway and Chile however have opposed the plan" with 'Norway' attached to 'have'
    doc = parsed(["Norway", "and", "Chile", "however", "have", "opposed", "the", "plan", "."],
                 [4, 0, 0, 5, 5, 5, 7, 5, 5], ["nsubj", "cc", "conj", "advmod", "aux", "ROOT", "det", "dobj", "punct"],
                 ["PROPN", "CCONJ", "PROPN", "ADV", "AUX", "VERB", "DET", "NOUN", "PUNCT"])
    subj = subject_of(doc[5])
    assert subj is not None and subj.text == "Norway"


def test_a_finite_verb_hung_on_a_noun_has_the_noun_as_subject() -> None:
    # "A delegation of the union on Friday called on the mayor" with 'called' parsed as a clause on 'delegation'
    words = ["A", "delegation", "of", "the", "union", "on", "Friday", "called", "on", "the", "mayor"]
    doc = parsed(words, [1, 1, 1, 4, 2, 7, 5, 1, 7, 10, 8],
                 ["det", "ROOT", "prep", "det", "pobj", "prep", "pobj", "acl", "prep", "det", "pobj"],
                 ["DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "VERB", "ADP", "DET", "NOUN"],
                 tags=["DT", "NN", "IN", "DT", "NN", "IN", "NNP", "VBD", "IN", "DT", "NN"])
    subj = subject_of(doc[7])
    assert subj is not None and subj.text == "delegation"
    doc = parsed(["the", "troops", "deployed", "there"], [1, 1, 1, 2], ["det", "ROOT", "acl", "advmod"],
                 ["DET", "NOUN", "VERB", "ADV"], tags=["DT", "NNS", "VBN", "RB"])
    assert subject_of(doc[2]) is None  # a participle on a noun is no finite verb


# --- span boundaries -----------------------------------------------------------------------------
def test_a_date_before_the_subject_is_not_part_of_it(pipeline: Pipeline) -> None:
    e = only(pipeline, "On 4 March 2022 Ghana's electoral commission rejected the opposition's complaint.", "REJECT")
    assert source(e) == "Ghana's electoral commission"
    e = only(pipeline, "In April 2021 Malawi's parliament rejected the budget proposal from the finance ministry.", "REJECT")
    assert source(e) == "Malawi's parliament"


def test_a_time_phrase_hung_deep_in_the_phrase_ends_it() -> None:
    # "an attack on the shrine of the saint in May 2019 that killed ten": 'in May 2019' parsed on 'saint'
    words = ["the", "shrine", "of", "the", "saint", "in", "May", "2019", "that", "killed", "ten"]
    doc = parsed(words, [1, 1, 1, 4, 2, 4, 5, 6, 9, 7, 9],
                 ["det", "ROOT", "prep", "det", "pobj", "prep", "pobj", "nummod", "nsubj", "relcl", "dobj"],
                 ["DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "NUM", "PRON", "VERB", "NUM"],
                 ["O", "O", "O", "O", "O", "O", "B-DATE", "I-DATE", "O", "O", "O"])
    start, end = role_phrase(doc[1])
    assert doc[start:end].text == "the shrine of the saint"


def test_a_sentence_adverb_is_not_part_of_the_party() -> None:
    doc = parsed(["Norway", "and", "Chile", "however", "opposed", "the", "plan"],
                 [4, 0, 0, 0, 4, 6, 4], ["nsubj", "cc", "conj", "advmod", "ROOT", "det", "dobj"],
                 ["PROPN", "CCONJ", "PROPN", "ADV", "VERB", "DET", "NOUN"])
    start, end = role_phrase(doc[0])
    assert doc[start:end].text == "Norway and Chile"
    doc = parsed(["the", "people", "there", "opposed", "the", "plan"], [1, 3, 1, 3, 5, 3],
                 ["det", "nsubj", "advmod", "ROOT", "det", "dobj"], ["DET", "NOUN", "ADV", "VERB", "DET", "NOUN"])
    start, end = role_phrase(doc[1])
    assert doc[start:end].text == "the people there"  # a place adverb stays


# --- targets -------------------------------------------------------------------------------------
def test_what_a_call_for_reform_bears_on_is_what_is_to_change(pipeline: Pipeline) -> None:
    e = only(pipeline, "The senators called for sweeping reform in Kenyan policing.", "REQUEST")
    assert target(e) == "Kenyan policing"


def test_a_joint_act_of_coordinated_parties_keeps_its_parties(pipeline: Pipeline) -> None:
    # ConfliBERT's gold marks neither side of "X and Y agreed"; dropping the actors would fit that convention
    # and lose who acted: the first party is the actor and the second the target, as dyadic event data records it
    # (tests/test_reciprocal.py)
    e = only(pipeline, "Kenya and Uganda have agreed to reopen their shared border next month.", "AGREE")
    assert source(e) == "Kenya" and e.actor is not None and e.actor.country == "KEN" and target(e) == "Uganda"
    e = only(pipeline, "Canada and Norway began joint naval exercises in the Arctic.", "COOPERATE")
    assert source(e) == "Canada" and target(e) == "Norway"
    e = only(pipeline, "Kenya agreed with Uganda to reopen the border.", "AGREE")  # one party agreeing with another has one
    assert source(e) == "Kenya" and target(e) == "Uganda"


def test_a_participle_of_opposing_names_what_a_protest_is_against(pipeline: Pipeline) -> None:
    e = only(pipeline, "Thousands of teachers marched through the capital, denouncing the new pension law.", "PROTEST")
    assert target(e) == "the new pension law"
    e = only(pipeline, "A retired nurse in Ohio began a hunger strike, protesting the county's water policy.", "PROTEST")
    assert target(e) == "the county's water policy"


def test_what_one_opposes_is_the_target_whatever_it_is(pipeline: Pipeline) -> None:
    e = only(pipeline, "The teachers' union denounced the new pension law on Monday.", "ACCUSE")
    assert target(e) == "the new pension law"
