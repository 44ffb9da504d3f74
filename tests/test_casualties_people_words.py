"""Trades, visitors and believers that name one victim ("a cashier", "a customer", "one Buddhist") and
fighters outside any army ("irregulars") count as people on their side. Sentences are our own."""

from __future__ import annotations

from conftest import totals
from eventwatch.extract.casualties import find_casualties
from eventwatch.text.tokens import tokenize


def test_each_person_of_a_listed_object_counts() -> None:
    assert totals("Two men opened fire inside the shop, killing a cashier and an elderly customer.") == {"killed": 2}


def test_singular_people_listed_as_the_subject() -> None:
    assert totals("A professor, a clerk and a cashier were killed when the car bomb went off.") == {"killed": 3}


def test_one_believer_named_by_the_faith() -> None:
    assert totals("One Buddhist dead and three wounded after gunmen fired on a temple.") == {
        "killed": 1,
        "wounded": 3,
    }


def test_irregulars_are_on_the_attackers_side() -> None:
    figures = find_casualties(tokenize("Six soldiers and nine irregulars died in the fighting."))
    assert [(f.value, f.side) for f in figures] == [(6, "security_forces"), (9, "perpetrators")]
