"""People who "got" or "incurred" injuries are hurt, like those who suffered or sustained them.
Sentences are our own."""

from __future__ import annotations

from conftest import totals


def test_people_who_also_got_injuries_are_hurt() -> None:
    assert totals("Three cyclists also got light injuries from the flying debris.") == {"wounded": 3}


def test_people_who_incurred_injuries_are_hurt() -> None:
    assert totals("Seven firemen also incurred burn injuries while fighting the blaze.") == {"wounded": 7}
