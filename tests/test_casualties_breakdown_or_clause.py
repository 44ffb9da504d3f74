"""A count after a comma that follows a figure's last share breaks that figure down ("six persons, four
farmers and two customs officers, were killed") unless a verb of another effect follows it: then it
starts a clause of its own ("... including a judge, 23 other people were injured"). Sentences are our
own, with invented names."""

from __future__ import annotations

from conftest import totals
from eventwatch.extract.casualties import find_casualties
from eventwatch.text.tokens import tokenize


def test_a_count_with_its_own_verb_of_hurt_is_the_hurt() -> None:
    sentence = (
        "At least 17 people were killed including a magistrate and a nurse, 23 other people were injured "
        "and four attackers were also killed."
    )
    assert totals(sentence) == {"killed": 21, "wounded": 23}


def test_a_count_with_its_own_verb_of_hurt_is_no_share_of_the_dead() -> None:
    figures = find_casualties(tokenize("Nine people were killed including a judge, two others were wounded."))
    assert [(f.effect, f.value, f.is_part) for f in figures if f.value == 2] == [("wounded", 2, False)]


def test_a_breakdown_between_commas_stays_a_breakdown() -> None:
    figures = find_casualties(tokenize("Six persons, four farmers and two customs officers, were killed."))
    assert [(f.effect, f.value, f.is_part) for f in figures] == [
        ("killed", 6, False),
        ("killed", 4, True),
        ("killed", 2, True),
    ]
