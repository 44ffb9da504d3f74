"""Perpetrators: people told by their uniforms may be counted with a range ("by some 20 to 25 men in
olive uniforms"); the range belongs to them, and so does the "by" before it. Sentences are our own."""

from __future__ import annotations

from conftest import deed_actors as actors


def test_a_range_before_uniformed_men_keeps_the_by_that_blames_them() -> None:
    text = "THE FARMER WAS SHOT DEAD BY A GROUP OF 20 TO 25 MEN IN OLIVE UNIFORMS."
    assert ("a group of 20 to 25 men in olive uniforms", "military", "perpetrator") in actors(text, "shot")


def test_to_after_a_number_without_a_second_number_is_no_range() -> None:
    text = "THE FARMER WAS SHOT DEAD BY A PATROL THAT CAME AT 2 TO MEN IN OLIVE UNIFORMS."
    names = [name for name, _, _ in actors(text, "shot")]
    assert "men in olive uniforms" in names
