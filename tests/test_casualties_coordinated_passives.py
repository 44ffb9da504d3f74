"""Casualties: a count whose first passive has a complement ("were dragged from the bus") shares
its "were" with the effect told after "and" ("and shot dead"); an effect verb with an object of its
own after "and" is an active verb of the same subject, not their fate."""

from __future__ import annotations

from conftest import totals


def test_a_passive_with_a_complement_then_the_effect() -> None:
    assert totals("Four drivers were dragged from their lorries and shot dead near the quarry.") == {"killed": 4}
    assert totals("Two nurses were pulled out of the clinic and beaten to death by the mob.") == {"killed": 2}


def test_an_effect_with_its_own_object_is_no_fate_of_the_count() -> None:
    assert totals("Two men were seen near the depot and killed a watchman.").get("killed") != 2
