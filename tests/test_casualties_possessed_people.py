"""People counted through whose they are: after a counted victim, "and his driver" or "and her two
sons" adds one more group of the same fate; a group noun ("his family") or a plural without a number
("her children") counts no one. The sentences are written for these tests; names are invented."""

from __future__ import annotations

from datetime import date

import pytest

from eventwatch.extract.casualties import find_casualties
from eventwatch.text.tokens import tokenize

_DAY = date(1990, 3, 5)


def _counts(text: str, effect: str) -> list[int]:
    return [f.value for f in find_casualties(tokenize(text)) if f.effect == effect]


@pytest.mark.parametrize(
    ("text", "effect", "total"),
    [
        ("Gunmen wounded a judge and his driver outside the court.", "wounded", 2),
        ("A grenade exploded at the gate, injuring a policeman and his wife.", "wounded", 2),
        ("Masked men killed a shopkeeper and his son in the market.", "killed", 2),
        ("The blast killed a teacher and her two brothers.", "killed", 3),
    ],
)
def test_a_possessed_person_after_a_victim_shares_the_effect(text: str, effect: str, total: int) -> None:
    assert sum(_counts(text, effect)) == total


@pytest.mark.parametrize(
    "text",
    [
        "Masked men killed a shopkeeper and his family in the market.",
        "Masked men killed a shopkeeper and his children in the market.",
    ],
)
def test_a_group_or_an_uncounted_plural_adds_no_number(text: str) -> None:
    assert sum(_counts(text, "killed")) == 1


def test_a_possessed_person_with_a_fate_of_its_own_keeps_it(analyse_text) -> None:
    text = "QUITO, 4 MAR 90 -- GUNMEN KILLED A POLICEMAN AND HIS DRIVER WAS WOUNDED IN LATACUNGA TODAY."
    (event,) = [e for e in analyse_text(text, _DAY) if e.is_violent]
    assert (event.fatalities.best, event.injuries.best) == (1, 1)


def test_a_record_counts_the_victim_and_the_person_with_him(analyse_text) -> None:
    text = "QUITO, 4 MAR 90 -- GUNMEN SHOT AND WOUNDED A JUDGE AND HIS BODYGUARD IN LATACUNGA TODAY."
    (event,) = [e for e in analyse_text(text, _DAY) if e.is_violent]
    assert event.injuries.best == 2
