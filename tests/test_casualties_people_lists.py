"""People counted in lists and groups without numbers: each singular person in "a lawyer, his
daughter and his wife" is one; a possessed group after an uncounted victim ("the mayor and his two
bodyguards") shares the victim's fate; people told by whose they are ("their cook") stand beside a
count, not inside it; a bare plural ("killed children") is no count at all. The sentences are written
for these tests; names and towns are invented."""

from __future__ import annotations

import pytest

from eventwatch.extract.casualties import find_casualties
from eventwatch.text.tokens import tokenize


def _total(text: str, effect: str) -> int:
    return sum(f.value for f in find_casualties(tokenize(text)) if f.effect == effect and not f.is_part)


@pytest.mark.parametrize(
    ("text", "effect", "total"),
    [
        ("A teacher, his son and his wife were injured as a grenade hit their house.", "wounded", 3),
        ("Councillor Tomas Ruiz, his wife and a guard were killed near the bridge.", "killed", 3),
        ("The driver, his wife and his son were wounded in the ambush.", "wounded", 3),
    ],
)
def test_each_person_of_a_list_counts(text: str, effect: str, total: int) -> None:
    assert _total(text, effect) == total


def test_a_list_stops_at_a_thing() -> None:
    # the bus is no person: only the two after it were hurt
    assert _total("Gunmen fired at the bus, the driver and his wife were injured.", "wounded") == 2


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Rebels ambushed and killed the judge and his two bodyguards near Valdora.", 3),
        ("Masked men killed the farmer and his three sons on the farm.", 4),
    ],
)
def test_a_possessed_group_after_an_uncounted_victim_shares_the_fate(text: str, total: int) -> None:
    assert _total(text, "killed") == total


def test_people_told_by_whose_they_are_are_not_inside_the_count() -> None:
    text = "Soldiers killed five monks, their cook and her son at the mission."
    assert _total(text, "killed") == 7


@pytest.mark.parametrize(
    "text",
    [
        "The bishop condemned the attack on murdered children in Valdora.",
        "The rebels said that troops killed women in the hills.",
    ],
)
def test_a_bare_plural_counts_no_one(text: str) -> None:
    assert _total(text, "killed") == 0
