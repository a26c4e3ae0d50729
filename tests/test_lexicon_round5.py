"""Fifth round of trigger-lexicon widening: senses for sentences where no trigger fired although the verb was
listed, in the sense the PLOVER/CAMEO definitions give: providing a recipient with something (CAMEO 070),
defending or justifying something *as* something (a verbal defence, 052), holding people as human shields
(184, like use), freeing on bail (0841), returning artefacts or remains (084), recognising independence (054), giving a
deadline (139), vouchers, experts and contributions to a mission as aid (070), cancelling visits or talks
(164, like call off), transferring troops (like send), letting
prisoners free (like set free), furnishing a party with goods (like supply). One sentence per new family,
written for this file; guards that must not code. Uses the session `pipeline` fixture from conftest.py."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline

from eventcheck import events, only


@pytest.mark.parametrize(
    ("text", "type_", "cameo"),
    [
        # AID: the recipient as object, the gift under "with"
        ("Japan provided Nepal with two new field hospitals.", "AID", "070"),
        ("Norway supplied Malawi with seed and fertiliser last spring.", "AID", "070"),
        # SUPPORT: a verbal defence, "defended X as Y"
        ("The minister defended the new tax as a fair burden on the rich.", "SUPPORT", "052"),
        ("The spokesman justified the curfew as a temporary necessity.", "SUPPORT", "052"),
        # ASSAULT: human shields, held like used
        ("The gunmen held the villagers as human shields.", "ASSAULT", "184"),
        # RETREAT: freed on bail; returning artefacts (property)
        ("A judge freed the three editors on bail on Friday.", "RETREAT", "0841"),
        ("Italy returned stolen artefacts to Greece last month.", "RETREAT", "084"),
        # SUPPORT: recognising a state's independence or a new government (054)
        ("Russia recognised the breakaway region's independence in 2008.", "SUPPORT", "054"),
        # THREATEN: giving a party a deadline, a final demand (139)
        ("The premier gave the militia a deadline to disarm.", "THREATEN", "139"),
        # AID: vouchers and subsidies given; contributing to a relief or peacekeeping mission
        ("The council gave a food voucher to every family in the valley.", "AID", "070"),
        ("Finland contributed to the peacekeeping mission in Lebanon.", "AID", "070"),
        ("Austria provided two forensic experts to the tribunal.", "AID", "070"),
        # RETREAT: letting a prisoner free (like set free); AID: furnishing a party with goods (like supply)
        ("The junta let the jailed journalist free after a year.", "RETREAT", "0841"),
        ("Iran furnished the militia with rockets.", "AID", "072"),
        ("Qatar furnished Sudan with grain and fuel.", "AID", "070"),
        # SANCTION: cancelling or scrapping a visit or talks, like calling them off (164)
        ("Pakistan cancelled the minister's planned visit to Kabul.", "SANCTION", "164"),
        ("The two governments scrapped the talks on the border dispute.", "SANCTION", "164"),
        # MOBILIZE: transferring troops or helicopters, like sending them
        ("The army transferred two battalions to the northern front.", "MOBILIZE", "150"),
        ("The UN is transferring attack helicopters to its mission in Mali.", "MOBILIZE", "150"),
    ],
)
def test_round5_triggers(pipeline: Pipeline, text: str, type_: str, cameo: str) -> None:
    assert only(pipeline, text, type_).cameo == cameo


@pytest.mark.parametrize(
    ("text", "not_types"),
    [
        ("The report provided readers with a clear summary.", {"AID"}),  # no party as recipient
        ("The goalkeeper defended his goal for ninety minutes.", {"SUPPORT"}),  # no "as": not a verbal defence
        ("The bank held the money as a reserve.", {"ASSAULT"}),  # only human shields
        ("The birds were freed from the net by hikers.", {"RETREAT"}),
        ("The team returned to Rome on Sunday.", {"RETREAT"}),  # going back is not giving back
        ("The editor set a deadline for the articles.", {"THREATEN"}),  # only a deadline given to a party
        ("The judges recognised the quality of the essay.", {"SUPPORT"}),
        ("Rain contributed to the delay of the match.", {"AID"}),
        ("The bank transferred the money to an account in Zurich.", {"AID", "MOBILIZE"}),  # no military transfer
        ("The airline cancelled its flights to Lisbon.", {"SANCTION"}),  # only visits and talks
        ("The council let the children play in the park.", {"RETREAT"}),  # only let free
        ("The hotel furnished the rooms with new beds.", {"AID"}),  # no party furnished
    ],
)
def test_round5_guards(pipeline: Pipeline, text: str, not_types: set[str]) -> None:
    found = [(e.type, e.trigger.text) for e in events(pipeline, text)]
    assert not [f for f in found if f[0] in not_types], found
