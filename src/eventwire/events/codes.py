"""The codes of a typed event: CAMEO (with stance codes for intended, threatened or refused acts)
and ACLED (only for what happened)."""

from __future__ import annotations

from ..model import Actor
from .lexicon import SAME_CODE, Lexicon, Sense
from .wordlists import ARMED_SECTORS, STATE_SECTORS


CIVILIAN_SECTORS = {"CVL", "MED", "EDU", "REL", "NGO", "HLH", "REF", "LAB", "BUS", "AGR"}


class CodeAssigner:
    """CAMEO and ACLED codes for a sense and its modality."""

    lex: Lexicon

    def _cameo(self, sense: Sense, modality: str, announced: bool = True) -> tuple[str, str]:
        """CAMEO codes announced intentions, threats and refusals as acts of their own (036, 138, 1243). A
        hypothetical act nobody announces ("could attack the town", "would not say whether it might continue
        the strikes") keeps the act's own code: `modality` says it may not happen (`announced`: a party says
        it would do it, "said it would halt the talks if …")."""
        stance = None
        if modality in {"future", "intended"} or (modality == "hypothetical" and announced):
            stance = self.lex.stance_code("intent", sense.type, sense.mode) or self.lex.stance_code("threat", sense.type, sense.mode)
        elif modality == "negated":
            stance = self.lex.stance_code("refusal", sense.type, sense.mode)
        if stance is None:
            return sense.cameo, ""
        if stance == SAME_CODE:
            return sense.cameo, f"; the {modality} act keeps its code (CAMEO has no statement code for it)"
        return stance, f"; cameo {sense.cameo} → {stance} (CAMEO codes the {modality} act as a statement)"

    def _named_as(self, party: Actor, word_class: str) -> bool:
        """Does a word of the party's phrase (singular or as written) belong to the class ('demonstrators', 'residents')?"""
        return any(self.lex.in_class(w.rstrip("s"), word_class) or self.lex.in_class(w, word_class) for w in party.text.lower().split())

    def _unarmed(self, target: Actor) -> bool:
        """Is the target no armed party (ACLED's violence against civilians, not a battle)? Civilians; one person who is
        no fighter, soldier, police officer or spy ('the district governor'); an international body's staff or
        convoy, as ACLED codes attacks on aid workers; or people the text names only as such
        ('two men', 'a woman', 'a village chief'). A name nobody knows says nothing either way."""
        if target.sector in CIVILIAN_SECTORS:
            return True
        if target.sector == "IGO":  # UN staff, an aid convoy; not peacekeepers, a peacekeeping base or an AU force
            return not (self._named_as(target, "troops") or self._named_as(target, "peacekeepers"))
        if target.kind == "person" and target.sector is not None and target.sector not in ARMED_SECTORS:
            return True
        return target.sector is None and target.kind != "state" and self._named_as(target, "unarmed_persons")

    def _acled(self, sense: Sense, actor: Actor | None, target: Actor | None) -> str | None:
        if sense.acled is None:
            return None
        rule = self.lex.acled_rules.get(sense.acled)
        if rule is None:
            return sense.acled
        if "any" in rule:
            return rule["any"]
        if "state" in rule:
            return rule["state"] if actor and actor.sector in STATE_SECTORS else rule["other"]
        if "civilian_target" in rule:
            if actor and "crowd_actor" in rule and actor.sector in {"CVL", None}:
                # rioters or protesters who attack riot; other civilians who attack as a crowd are a mob (ACLED's Riots)
                if self._named_as(actor, "protesters"):
                    return rule["protester_actor"]
                if actor.sector == "CVL" and self._named_as(actor, "crowds"):
                    return rule["crowd_actor"]  # 'angry residents', 'a crowd of youths'; not 'Muslims' in general
            if target and "protester_target" in rule and actor and actor.sector in STATE_SECTORS and self._named_as(target, "protesters"):
                return rule["protester_target"]
            return rule["civilian_target"] if target and self._unarmed(target) else rule["other"]
        return None
