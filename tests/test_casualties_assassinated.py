"""'Assassinated' in the active voice counts its victims as 'murdered' does. Sentences written for
these tests; names are invented."""

from __future__ import annotations

from conftest import totals


def test_assassinated_with_a_count_of_people_counts_the_dead() -> None:
    assert totals("Right-wing squads assassinated 10 labor leaders on Friday.") == {"killed": 10}
    assert totals("AFTER A DEATH SQUAD ASSASSINATED TWO JUDGES IN THE CAPITAL, THE TALKS STOPPED.") == {"killed": 2}


def test_assassinated_with_one_named_victim_counts_one() -> None:
    assert totals("Gunmen assassinated the mayor of Rio Seco on Friday.") == {"killed": 1}


def test_trying_to_assassinate_counts_no_one() -> None:
    assert totals("Rebels tried to assassinate the mayor on Friday.") == {}
