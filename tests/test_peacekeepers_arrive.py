"""Peacekeepers arriving in a country are peacekeeping provided (CAMEO 074, AID/military), not a visit to a
party (042). Sentences written for this file; uses the session `pipeline` fixture."""

from __future__ import annotations

from eventcheck import by_trigger


def test_peacekeepers_arriving_are_peacekeeping(pipeline):
    e = by_trigger(pipeline, "The first UN peacekeepers arrived in Bangui on Sunday.", "arrived")
    assert (e.type, e.mode, e.cameo) == ("AID", "military", "074")


def test_a_minister_arriving_is_still_a_visit(pipeline):
    e = by_trigger(pipeline, "The Turkish foreign minister arrived in Baghdad on Sunday.", "arrived")
    assert (e.type, e.cameo) == ("CONSULT", "042")
