"""Whom, round 10: a battery of general argument frames for the target, on sentences written for it (none from
any data set): passives with and without 'by', recipients in prepositional phrases ("aid to", "talks with", "sanctions
against", "accused X of", "called on X to"), nominal events ("an attack on X"), targets inside infinitives ("vowed to
punish X"), coordination, appositions and relative clauses (how far the phrase runs), pronouns and 'the group', and
sentences with no target at all. The expected text is the phrase an analyst would mark (the ConfliBERT convention: the
noun phrase without its relative clauses or a leading 'both'; an act rejected or condemned is named whole, unless by its agent); None means
no target may be given. Rows the coder still gets wrong are strict xfails with the reason."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline

from eventcheck import by_trigger


def row(text: str, trigger: str, target: str | None, antecedent: str | None = None, fails: str = "") -> object:
    marks = [pytest.mark.xfail(strict=True, reason=fails)] if fails else []
    return pytest.param(text, trigger, target, antecedent, marks=marks, id=f"{trigger}:{text[:40]}")


ROWS = [
    # passives with 'by'
    row("The convoy was ambushed by Shabaab fighters near Mogadishu on Monday.", "ambushed", "The convoy"),
    row("Three journalists were detained by security forces in Harare.", "detained", "Three journalists"),
    row("The opposition leader was arrested by police in Kampala on Friday.", "arrested", "The opposition leader"),
    row("Two aid workers were kidnapped by gunmen in the Sahel region.", "kidnapped", "Two aid workers"),
    # passives without 'by'
    row("Five protesters were shot dead in Khartoum on Sunday.", "shot", "Five protesters"),
    row("The former minister was charged with corruption on Tuesday.", "charged", "The former minister"),
    row("Several foreign diplomats were expelled last week.", "expelled", "Several foreign diplomats"),
    row("A Red Cross convoy was attacked outside Juba.", "attacked", "A Red Cross convoy"),
    row("Rebels were accused of killing civilians in the east.", "accused", "Rebels"),
    row("The ambassador was summoned to the foreign ministry on Monday.", "summoned", "The ambassador"),
    # recipients in prepositional phrases
    row("Japan pledged fresh aid to the Philippines after the typhoon.", "pledged", "the Philippines"),
    row("The European Union sent humanitarian aid to flood victims in Pakistan.", "sent", "flood victims in Pakistan"),
    row("Colombian officials held talks with rebel commanders in Havana.", "talks", "rebel commanders"),
    row("The United States imposed sanctions against Venezuelan officials.", "imposed", "Venezuelan officials"),
    row("Canada announced new sanctions on Russian banks.", "sanctions", "Russian banks"),
    row("The prosecutor accused the mayor of taking bribes.", "accused", "the mayor"),
    row("Germany accused Moscow of spreading disinformation.", "accused", "Moscow"),
    row("The African Union called on the junta to release political prisoners.", "called", "the junta"),
    row("Amnesty International urged the Egyptian authorities to free the detained activists.", "urged", "the Egyptian authorities"),
    row("Ghana signed a defence agreement with Togo on Wednesday.", "signed", "Togo"),
    row("The minister met with union leaders on Thursday.", "met", "union leaders"),
    row("Washington offered military assistance to Kyiv.", "offered", "Kyiv"),
    row("Police fired tear gas at students.", "fired", "students"),
    row("China warned Taiwan against any move toward independence.", "warned", "Taiwan"),
    row("The foreign ministry summoned the French ambassador over the remarks.", "summoned", "the French ambassador"),
    # nominal events
    row("Rebels launched an attack on the peacekeepers in Mali.", "launched", "the peacekeepers"),
    row("The arrest of the opposition leader sparked protests in Dakar.", "arrest", "the opposition leader"),
    row("Israel carried out air strikes on Hamas positions overnight.", "strikes", "Hamas positions"),
    row("Saudi Arabia imposed a blockade on Qatar in 2017.", "blockade", "Qatar"),
    row("Beijing criticised the visit by the US speaker to Taipei.", "criticised", "the US speaker"),
    row("Militants claimed the bombing of a police station in Quetta.", "bombing", "a police station in Quetta", fails="no event: a bombing claimed is not coded (trigger lexicon, not a role)"),
    # what is rejected, condemned or protested: an act between parties is named whole, a message by its author
    row("Kenya rejected any cooperation with the tribunal.", "rejected", "any cooperation with the tribunal"),
    row("The government condemned a violent protest by farmers.", "condemned", "farmers"),
    row("The bishops condemned the violence against migrants in the camps.", "condemned", "the violence against migrants in the camps"),
    row("Students marched to protest the killing of a young farmer.", "marched", "the killing of a young farmer"),
    row("Washington reneged on the trade accord with Mexico.", "reneged", "the trade accord with Mexico"),
    row("Venezuela rejected accusations by the United States.", "rejected", "the United States"),
    row("The government lifted sanctions on Belarusian banks.", "lifted", "Belarusian banks"),
    # the other side of the talks or the deal an act follows, and whom a purpose clause helps
    row("Dock workers called off their strike after an agreement with the port authority.", "called", "the port authority"),
    row("Teachers ended the strike following a deal with the education ministry.", "ended", "the education ministry"),
    row("Japan has earmarked $5 million in emergency aid to help Nepal recover from the floods.", "earmarked", "Nepal"),
    # targets inside infinitives
    row("Turkey threatened to attack Kurdish militias in northern Syria.", "threatened", "Kurdish militias in northern Syria"),
    row("The junta refused to release the detained journalists.", "refused", "the detained journalists"),
    row("Pakistan agreed to resume talks with India.", "agreed", "India"),
    row("The rebels promised to free the hostages by Friday.", "promised", "the hostages"),
    row("The president vowed to punish the coup plotters.", "vowed", "the coup plotters"),
    row("The council voted to suspend Mali from the bloc.", "suspend", "Mali"),
    # coordination
    row("Police arrested two students and a teacher on Monday.", "arrested", "two students and a teacher"),
    row("Saudi Arabia and the UAE cut diplomatic ties with Qatar.", "cut", "Qatar"),
    row("The EU imposed sanctions on Belarus and Iran.", "imposed", "Belarus and Iran"),
    row("Government troops attacked and burned the village.", "burned", "the village"),
    row("Rebels seized the airport and the radio station on Sunday.", "seized", "the airport and the radio station"),
    row("Washington lifted its embargo against both Cuba and Syria.", "lifted", "Cuba and Syria"),
    # appositions and relative clauses (extent)
    row("Troops shelled Kobane, a Kurdish town on the border, overnight.", "shelled", "Kobane"),
    row("The court jailed the activists who organised the march.", "jailed", "the activists"),
    row("Police raided the offices of a newspaper that had criticised the president.", "raided", "the offices of a newspaper",
        fails="a relative clause deeper in the phrase is kept (cutting it everywhere lost target tokens on the check half)"),
    row("Gunmen killed the village chief, who had opposed the militia, on Saturday.", "killed", "the village chief"),
    row("Police detained Ahmed Saleh, a prominent blogger, in Cairo.", "detained", "Ahmed Saleh, a prominent blogger"),
    row("The rebels released twelve hostages held since March.", "released", "twelve hostages"),
    row("Soldiers clashed with protesters on the streets of the capital.", "clashed", "protesters"),
    # pronoun and 'the group' targets
    row("The minister was sacked last month. Police arrested him on Tuesday.", "arrested", "him", "The minister"),
    row("The Taliban claimed the bombing. Afghan troops attacked the group in Kunduz on Friday.", "attacked", "the group", fails="'the group' is not resolved, so the place wins"),
    row("The opposition party held a rally. Police dispersed its supporters with tear gas.", "dispersed", "its supporters"),
    row("The rebels took the town. The army expelled them from the town.", "expelled", "them", fails="no event: 'expelled' people from a town is not coded (trigger lexicon, not a role)"),
    # no target
    row("Protesters marched through the capital on Saturday.", "marched", None),
    row("Hundreds of workers went on strike on Monday.", "went", None),
    row("The two leaders held talks in Geneva.", "talks", None),
    row("The government announced a ceasefire on Friday.", "announced", None),
    row("Thousands of people protested on Friday over rising fuel prices.", "protested", None),
    row("The army deployed troops along the border.", "deployed", None),
    row("The company signed the agreement on Monday.", "signed", None),
    row("The soldiers fired warning shots into the air.", "fired", None),
    row("The insurgents surrendered on Monday.", "surrendered", None),
    # more objects, passives and recipients
    row("The president praised the troops for their courage.", "praised", "the troops"),
    row("Hundreds of migrants were rescued off the coast of Libya.", "rescued", "Hundreds of migrants"),
    row("The aid was delivered to displaced families in Tigray.", "delivered", "displaced families in Tigray"),
    row("Pakistan agreed to resume talks with India.", "talks", "India"),
    row("The rebels vowed to attack government positions in the north.", "vowed", "government positions"),
    row("Mali's junta expelled the French ambassador on Monday.", "expelled", "the French ambassador"),
]


@pytest.mark.parametrize(("text", "trigger", "target", "antecedent"), ROWS)
def test_target_of_a_general_frame(pipeline: Pipeline, text: str, trigger: str, target: str | None, antecedent: str | None) -> None:
    e = by_trigger(pipeline, text, trigger)
    assert (e.target.text if e.target is not None else None) == target, e.rule
    if antecedent is not None:
        assert e.target is not None and e.target.antecedent is not None and e.target.antecedent.text == antecedent
