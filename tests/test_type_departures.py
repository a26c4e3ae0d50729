"""An event's PLOVER type and its CAMEO code agree through ontology/cameo.tsv's cross-walk, except where
data/events/type_departures.yaml lists the departure with its reason: the lexicon refuses to load
otherwise. Sentences written for this file; uses the session `pipeline` fixture."""

from __future__ import annotations

import pytest

from eventwire.events.lexicon import LexiconError, Sense, _check_ontology, _departures, load_lexicon
from eventwire.ontology import get_ontology

from eventcheck import by_trigger


def test_unlisted_disagreement_is_a_load_error():
    stray = {"apologise": (Sense(type="ASSAULT", mode=None, cameo="055", acled=None, conf=0.7),)}
    with pytest.raises(LexiconError, match="verbs.apologise: type ASSAULT but CAMEO 055 cross-walks to SUPPORT"):
        _check_ontology("verbs", stray, {}, _departures())


def test_listed_departure_and_crosswalk_type_load():
    ok = {"apologise": (Sense(type="CONCEDE", mode=None, cameo="055", acled=None, conf=0.7),),
          "praise": (Sense(type="SUPPORT", mode=None, cameo="051", acled=None, conf=0.7),)}
    _check_ontology("verbs", ok, {}, _departures())


def test_every_departure_is_used_and_explained():
    """A departure no sense takes is stale: it would let a future typo through unexplained."""
    lex = load_lexicon()
    used = {(s.cameo, s.type) for table in (lex.verbs, lex.nouns) for senses in table.values() for s in senses}
    ontology = get_ontology()
    for code, types in _departures().items():
        for type_, why in types.items():
            assert (code, type_) in used, (code, type_)
            assert type_ != ontology.plover_for_cameo(code)[0] and len(why) > 30


@pytest.mark.parametrize(("text", "trigger", "type_", "cameo"), [
    ("The widow said on Friday that she forgave the soldiers who killed her husband.", "forgave", "SUPPORT", "056"),
    ("Rebel leaders and the government reached an agreement on prisoner exchanges in Nairobi.", "reached", "AGREE", "057"),
    ("Chad and Sudan signed an agreement on border security on Monday.", "signed", "SUPPORT", "057"),
])
def test_type_and_code_as_documented(pipeline, text, trigger, type_, cameo):
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.cameo) == (type_, cameo)
