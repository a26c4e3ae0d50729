"""Parse repairs (eventwire.parse_repairs): a sentence opened by a noun the parser read as a bare verb."""

from __future__ import annotations

from eventwire.nlp import load, parse
from eventwire.pipeline import Pipeline
from tests.eventcheck import events

TEXT = "Aid agencies in Gao, about 300 km to the west, said hundreds of families had fled towards the border."


def test_the_noun_becomes_a_modifier_of_the_subject() -> None:
    doc = load()(TEXT)
    aid, agencies = doc[0], doc[1]
    assert (aid.pos_, aid.dep_, aid.head.i) == ("NOUN", "compound", agencies.i)
    assert (agencies.dep_, agencies.head.lemma_) == ("nsubj", "say")
    assert doc[2].head == agencies  # 'in Gao' now qualifies the agencies


def test_no_aid_event_and_the_agencies_speak(pipeline: Pipeline) -> None:
    article = pipeline.code_text(TEXT)
    assert not [e for e in events(pipeline, TEXT) if e.type == "AID"]
    assert [q.speaker.text for q in article.quotes if q.speaker] == ["Aid agencies"]


def test_imperatives_and_sentence_boundaries_are_left_alone() -> None:
    text = "Help them now. Stop the war!\n\nAid workers said the road was closed."
    doc = load()(text)
    assert [t.dep_ for t in doc if t.text in {"Help", "Stop"}] == ["ROOT", "ROOT"]
    assert [s.text.strip() for s in doc.sents] == ["Help them now.", "Stop the war!", "Aid workers said the road was closed."]


def test_an_adjective_used_as_a_noun_becomes_one() -> None:
    """'The military handed control …': spaCy tags 'military' an adjective; as a subject with its own determiner
    it is a noun (and so an actor); an adjective before its noun is left alone."""
    doc = load()("The military handed control of the town to a local militia.")
    assert (doc[1].text, doc[1].pos_) == ("military", "NOUN")
    doc = load()("The military council handed control of the town to a local militia.")
    assert doc[1].pos_ != "NOUN" or doc[1].dep_ != "nsubj"


def test_a_noun_tagged_as_a_verb_but_parsed_as_an_argument_is_a_noun(pipeline: Pipeline) -> None:
    text = "The spokesman would not say how many air strikes the army had carried out."
    doc = load()(text)
    strikes = next(t for t in doc if t.text == "strikes")
    assert (strikes.tag_, strikes.pos_, strikes.lemma_) == ("NNS", "NOUN", "strike")
    assert [e.type for e in events(pipeline, text) if e.trigger.text == "strikes"] == ["ASSAULT"]


def test_verbs_are_left_alone() -> None:
    doc = load()("The army strikes the town every night, and the rebels hit back.")
    assert [t.pos_ for t in doc if t.text in {"strikes", "hit"}] == ["VERB", "VERB"]


def test_one_subject_per_clause() -> None:
    doc = load()("Army chief Abdel Fattah al-Burhan has so far refused to attend.")
    subjects = [t.text for t in doc if t.dep_ == "nsubj"]
    assert subjects == ["Burhan"], subjects
    assert doc[6].left_edge.i == 0  # 'Army chief Abdel Fattah al-Burhan' is one phrase
    doc = load()("The army and the police said the rebels fled.")
    assert sorted(t.text for t in doc if t.dep_ == "nsubj") == ["army", "rebels"]


def test_the_speaker_named_after_the_cue_is_its_subject_not_a_clause() -> None:
    """'“…,” said Ann Lowe, half joking': the parser makes 'joking' a reported clause with 'Ann Lowe, half' as its
    subject; the repair makes the name the subject of 'said' and 'half joking' how it was said, for every stage."""
    doc = load()("“We will never give up,” said Ann Lowe, half joking.")
    said, lowe, joking = doc[8], doc[10], doc[13]
    assert (lowe.dep_, lowe.head) == ("nsubj", said)
    assert (doc[9].dep_, doc[9].head) == ("compound", lowe)
    assert (joking.dep_, joking.head) == ("advcl", said)
    assert [c.dep_ for c in said.children if c.dep_ == "ccomp"] == ["ccomp"]  # only the quotation is reported


def test_a_speaker_the_parser_already_made_the_subject_is_left_alone() -> None:
    doc = load()("“No,” said the old farmer, shaking his head.")
    farmer = next(t for t in doc if t.text == "farmer")
    assert (farmer.dep_, farmer.head.text) == ("nsubj", "said")
    assert next(t for t in doc if t.text == "shaking").dep_ == "advcl"


def test_two_sides_joined_by_and_are_conjuncts_not_a_modifier(pipeline: Pipeline) -> None:
    """'Rebels and government forces clashed': the parser hung 'Rebels' on 'forces' as a modifier (one party, MIL)."""
    text = "Rebels and government forces clashed near Goma on Tuesday."
    doc = load()(text)
    rebels, forces = doc[0], doc[3]
    assert (rebels.dep_, rebels.head.text) == ("nsubj", "clashed")
    assert (forces.dep_, forces.head.i) == ("conj", rebels.i)
    [clash] = [e for e in events(pipeline, text) if e.type == "ASSAULT"]
    assert (clash.actor.text, clash.actor.sector) == ("Rebels", "REB")
    assert (clash.target.text, clash.target.sector) == ("government forces", "MIL")


def test_coordinated_modifiers_of_one_noun_are_left_alone() -> None:
    doc = load()("Army and police officers patrolled the streets.")
    assert doc[3].text == "officers" and doc[3].dep_ == "nsubj"


def test_bases_are_bases_not_basis() -> None:
    # the small model lemmatises the plural 'bases' as 'basis' (data/nlp/lemma_repairs.tsv)
    doc = load()("Rebels attacked two army bases near the border.")
    assert [t.lemma_ for t in doc if t.lower_ == "bases"] == ["base"]


def test_other_lemmas_are_the_models() -> None:
    doc = load()("Militants attacked the bases and staged raids on the basis of tips.")
    assert [t.lemma_ for t in doc if t.lower_ in {"basis", "raids"}] == ["raid", "basis"]


def test_a_names_first_word_split_off_after_a_dateline_is_put_back() -> None:
    # the parser made 'North' a sentence of its own after the dateline, and NER then missed 'North Korea'
    doc = next(parse(load(), ["SEOUL - North Korea fired a ballistic missile into the sea on Thursday."]))
    assert ("North Korea", "GPE") in [(e.text, e.label_) for e in doc.ents]
    assert [t.text for t in doc if t.is_sent_start] == ["SEOUL", "North"]


def test_one_word_sentences_that_end_are_left_alone() -> None:
    doc = load()("Yes. North Korea fired a missile.")
    assert [s.text.strip() for s in doc.sents] == ["Yes.", "North Korea fired a missile."]


def test_the_wire_formula_of_a_denial_describes_the_allegation() -> None:
    # 'an allegation Kigali denies' was parsed with 'allegation' modifying 'Kigali' and 'denies' as the main verb
    doc = load()("Congo accused Rwanda on Thursday of backing M23 rebels, an allegation Kigali denies.")
    accused, allegation, denies = doc[1], doc[11], doc[13]
    assert (accused.dep_, allegation.head.i, denies.dep_, denies.head.i) == ("ROOT", accused.i, "relcl", allegation.i)
    assert len(list(doc.sents)) == 1


def test_a_denial_that_is_the_main_verb_stays_so() -> None:
    doc = load()("Kigali denies that it backs the M23 rebels.")
    assert doc[1].dep_ == "ROOT"


def test_what_a_party_is_accused_of_is_the_verbs() -> None:
    doc = load()("Britain accused Russia's military intelligence of a years-long cyber campaign.")
    of = next(t for t in doc if t.lower_ == "of")
    assert of.head.lower_ == "accused"  # before: a modifier of 'intelligence' (the target read '… intelligence of a … campaign')


def test_a_relational_nouns_own_of_stays() -> None:
    doc = load()("Kyiv accused the head of the Wagner group of war crimes.")
    assert next(t for t in doc if t.lower_ == "of").head.lower_ == "head"


def test_a_whole_name_cut_off_after_a_dateline_modifies_the_noun_after_it() -> None:
    doc = next(parse(load(), ["BRUSSELS - European Union ministers agreed on Monday to extend the sanctions."]))
    union = next(t for t in doc if t.text == "Union")
    assert union.dep_ == "compound" and union.head.text == "ministers"  # before: a sentence of its own
    assert [t.text for t in doc if t.is_sent_start] == ["BRUSSELS", "European"]


def test_a_name_that_is_a_sentence_of_its_own_before_a_capitalised_sentence_is_left_alone() -> None:
    doc = load()("We met Nelson Mandela. Officials said nothing.")
    assert [s.text.strip() for s in doc.sents] == ["We met Nelson Mandela.", "Officials said nothing."]


def test_a_verb_read_as_a_reduced_relative_in_a_clause_with_no_verb_is_the_clauses_verb() -> None:
    doc = next(parse(load(), ["An air strike on a clinic sheltering displaced families killed 20 people on Sunday."]))
    killed = next(t for t in doc if t.text == "killed")
    assert killed.dep_ == "ROOT" and killed.tag_ == "VBD"
    assert next(t for t in doc if t.text == "strike").head.text == "killed"


def test_a_reduced_relative_beside_a_finite_verb_is_left_alone() -> None:
    doc = next(parse(load(), ["The families displaced by the floods received tents on Sunday."]))
    assert next(t for t in doc if t.text == "received").dep_ == "ROOT"


def test_the_first_of_two_names_cut_off_after_a_dateline_is_the_subjects_first_conjunct() -> None:
    doc = next(parse(load(), ["JERUSALEM - Israel and Hamas agreed to a truce on Wednesday."]))
    israel, hamas = (next(t for t in doc if t.text == w) for w in ("Israel", "Hamas"))
    assert israel.dep_ == "nsubj" and israel.head.text == "agreed"  # before: a sentence of its own
    assert hamas.dep_ == "conj" and hamas.head.text == "Israel"


def test_a_past_tense_with_its_own_subject_read_as_an_adjective_is_the_verb() -> None:
    doc = next(parse(load(), ["TAIPEI - Taiwan scrambled jets and deployed missile systems on Saturday."]))
    scrambled = next(t for t in doc if t.text == "scrambled")
    assert scrambled.dep_ == "ROOT" and next(t for t in doc if t.text == "jets").dep_ == "dobj"
    assert next(t for t in doc if t.text == "deployed").head.text == "scrambled"
