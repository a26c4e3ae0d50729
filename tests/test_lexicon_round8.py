"""Eighth round of trigger-lexicon widening, for general coverage rather than for sentences of the evaluation sets:
news verbs and nouns for CAMEO codes no sense produced yet (a party dissolved, 1722; a party unbanned, 0812) and
for each PLOVER type, found from the CAMEO code names, NGEC's synthetic stories (seeds other than the held-out
ones) and plain news sentences written per type. Families: deriding, ridiculing, mocking, bashing and lampooning a party (111),
disavowing (120), deals torpedoed and Congress stonewalled (120), a committee subpoenaing (090); backtracking or backing off (080),
sanctions waived (081) and debt waived (071), a party or a newspaper unbanned (0812, 081), prisoners paroled (0841);
undertaking to act (030), forging alliances or ties (060, 050), championing a bill (051); deals hammered out,
thrashed out, sealed or clinched (057); felicitating (051), condoling and commiserating (018); bankrolling and bailing
out (071); troops mustered (152); towns liberated or conquered (192), trucks commandeered (1711), protests crushed
(175), a party dissolved (1722), a pipeline sabotaged (1712); attacks repelled, gunmen neutralised, militants
eliminated, places rocketed or mortared (190, 194); retaliating with tariffs (163) or with force (190); ringing a
counterpart (040); rising up or revolting against a ruler, self-immolation, heckling, a square thronged by protesters (140, 141); and the nouns
revolt, annexation, counterattack, pullback, troop drawdown, strategic partnership, clampdown,
internment, snub. Each family has guards: sentences that share the words but are not the event. Uses the
session `pipeline` fixture of conftest.py; every sentence was written for this file."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline

from eventcheck import events, only


@pytest.mark.parametrize(
    ("text", "type_", "cameo"),
    [
        # ACCUSE 111 / 090; REJECT 120
        ("The opposition leader derided the government's plan.", "ACCUSE", "111"),
        ("The minister ridiculed the proposal as naive.", "ACCUSE", "111"),
        ("The senator mocked the president over the tax plan.", "ACCUSE", "111"),
        ("The House committee subpoenaed the former adviser.", "ACCUSE", "090"),
        ("The senator bashed the president's trade policy.", "ACCUSE", "111"),
        ("The magazine lampooned the prime minister.", "ACCUSE", "111"),
        ("The party disavowed the candidate's remarks.", "REJECT", "120"),
        ("The senators torpedoed the deal.", "REJECT", "120"),
        ("The White House stonewalled Congress for months.", "REJECT", "120"),
        # CONCEDE / AID / RETREAT
        ("The minister backtracked on the pension reform.", "CONCEDE", "080"),
        ("The government backed off its demand for new elections.", "CONCEDE", "080"),
        ("Washington waived sanctions on the oil exports.", "CONCEDE", "081"),
        ("The lenders waived the debt of the poorest countries.", "AID", "071"),
        ("The court unbanned the opposition party.", "CONCEDE", "0812"),
        ("The government unbanned the newspaper.", "CONCEDE", "081"),
        ("The authorities paroled two political prisoners.", "RETREAT", "0841"),
        # AGREE / COOPERATE / SUPPORT / AID
        ("The rebels undertook to release the hostages.", "AGREE", "030"),
        ("India and Japan forged a strategic alliance.", "COOPERATE", "060"),
        ("The two countries forged closer ties.", "SUPPORT", "050"),
        ("The senator championed the refugee bill.", "SUPPORT", "051"),
        ("Negotiators hammered out a deal on Sunday.", "AGREE", "057"),
        ("The two sides thrashed out an agreement on fishing rights.", "AGREE", "057"),
        ("Israel and Morocco sealed a deal on trade.", "AGREE", "057"),
        ("The government clinched a trade agreement with Japan.", "AGREE", "057"),
        ("The prime minister felicitated the new president.", "SUPPORT", "051"),
        ("The minister condoled the death of the former governor.", "SUPPORT", "018"),
        ("The president commiserated with the families of the victims.", "SUPPORT", "018"),
        ("Gulf states bankrolled the rebels.", "AID", "071"),
        ("The European Union bailed out Greece.", "AID", "071"),
        # MOBILIZE / COERCE
        ("The army mustered troops near the border.", "MOBILIZE", "152"),
        ("Government forces liberated the town of Kobani.", "COERCE", "192"),
        ("The rebels conquered the provincial capital.", "COERCE", "192"),
        ("Soldiers commandeered civilian trucks.", "COERCE", "1711"),
        ("The regime crushed the protests.", "COERCE", "175"),
        ("The regime crushed the rebellion.", "COERCE", "175"),
        ("The constitutional court dissolved the opposition party.", "COERCE", "1722"),
        ("Saboteurs sabotaged the gas pipeline.", "ASSAULT", "1712"),
        # ASSAULT
        ("The troops repelled an attack on the base.", "ASSAULT", "190"),
        ("Soldiers eliminated ten militants in the raid.", "ASSAULT", "190"),
        ("Security forces neutralised three gunmen.", "ASSAULT", "190"),
        ("Militants rocketed the airport overnight.", "ASSAULT", "194"),
        ("Rebels mortared the army base.", "ASSAULT", "194"),
        ("The rebels retaliated with rocket fire.", "ASSAULT", "190"),
        # SANCTION / CONSULT / PROTEST
        ("China retaliated with tariffs on American soybeans.", "SANCTION", "163"),
        ("Erdogan rang his Russian counterpart on Monday.", "CONSULT", "041"),
        ("The people rose up against the regime.", "PROTEST", "140"),
        ("The farmers revolted against the new tax.", "PROTEST", "140"),
        ("A Tibetan monk self-immolated in protest.", "PROTEST", "140"),
        ("Protesters heckled the minister during his speech.", "PROTEST", "141"),
        ("Thousands of protesters thronged the square.", "PROTEST", "141"),
        # nouns
        ("The revolt spread to the capital.", "PROTEST", "140"),
        ("Moscow announced the annexation of four regions.", "COERCE", "192"),
        ("Government troops launched a counterattack on the rebels.", "ASSAULT", "190"),
        ("The army announced a pullback from the border.", "RETREAT", "0874"),
        ("The president ordered a troop drawdown in Iraq.", "RETREAT", "0874"),
        ("The two nations signed a strategic partnership.", "COOPERATE", "060"),
        ("The government announced a clampdown on dissent.", "COERCE", "175"),
        ("The regime ordered the internment of thousands of dissidents.", "COERCE", "173"),
        ("The prime minister's snub angered the envoy.", "REJECT", "120"),
    ],
)
def test_round8_triggers(pipeline: Pipeline, text: str, type_: str, cameo: str) -> None:
    assert only(pipeline, text, type_).cameo == cameo


@pytest.mark.parametrize(
    ("text", "not_types"),
    [
        ("The team undertook a study of the river.", {"AGREE"}),
        ("The clerk forged documents.", {"COOPERATE", "SUPPORT", "AGREE"}),
        ("He has championed gay rights for years.", {"SUPPORT"}),
        ("His brother bailed out the protester.", {"AID"}),
        ("The general mustered support for the plan.", {"MOBILIZE"}),
        ("The team crushed their rivals.", {"COERCE"}),
        ("The president dissolved parliament.", {"COERCE"}),
        ("The city repelled investors.", {"ASSAULT"}),
        ("The government eliminated tariffs on rice.", {"ASSAULT"}),
        ("The firm eliminated jobs.", {"ASSAULT"}),
        ("Oil prices rocketed on Monday.", {"ASSAULT"}),
        ("The hardliners sabotaged the talks.", {"COERCE"}),
        ("The president rang the bell at the stock exchange.", {"CONSULT"}),
        ("The company retaliated with a lawsuit.", {"SANCTION", "ASSAULT"}),
        ("The crowd heckled the referee.", {"PROTEST"}),
        ("The Fed announced a drawdown of reserves.", {"RETREAT"}),
        ("The couple ended their business partnership.", {"COOPERATE"}),
        ("Police eliminated the threat.", {"ASSAULT"}),
        ("He bashed his head on the door.", {"ACCUSE"}),
        ("The car backed off the ramp.", {"CONCEDE", "SUPPORT"}),
        ("Tourists thronged the beaches.", {"PROTEST"}),
        ("The army sealed the border.", {"AGREE"}),
        ("The team clinched the title.", {"AGREE"}),
    ],
)
def test_round8_guards(pipeline: Pipeline, text: str, not_types: set[str]) -> None:
    found = [(e.type, e.trigger.text) for e in events(pipeline, text)]
    assert not [f for f in found if f[0] in not_types], found
