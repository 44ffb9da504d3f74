"""Perpetrators: a name glossed in brackets before a noun ("by the PUR [Party of Rural Unity] government")
does not hide the "by" that blames the noun. Sentences, places and names are our own."""

from __future__ import annotations

from conftest import deed_actors as actors


def test_by_before_a_glossed_name_blames_the_noun() -> None:
    text = "THE BOMBING WAS AN ACT BY THE PUR [PARTY OF RURAL UNITY] GOVERNMENT, THE REBELS SAID."
    assert ("government", "state forces", "perpetrator") in actors(text, "bombing")


def test_a_glossed_name_after_other_words_is_no_by() -> None:
    text = "THE BOMBING HIT THE PUR [PARTY OF RURAL UNITY] GOVERNMENT OFFICES, THE REBELS SAID."
    assert ("government", "state forces", "perpetrator") not in actors(text, "bombing")
