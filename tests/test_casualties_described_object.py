"""One person named by a plain noun with one describing word before it is still one victim: "killed a
teaching assistant" as "killed a cashier" (object_of_deed), and "his security guard" after "and" as
"his driver" (possessed). An animal or a quantity so described ("an unknown number") counts no one.
Sentences are our own."""

from __future__ import annotations

import pytest

from conftest import totals


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The intruder killed a kitchen porter before fleeing over the wall.", {"killed": 1}),
        ("Raiders shot dead a regional treasurer outside the depot in Vessa.", {"killed": 1}),
        ("The gunman killed a kitchen porter and a young cook at the inn.", {"killed": 2}),
        ("Raiders shot dead a magistrate and his security guard at the gate.", {"killed": 2}),
        ("The blast wounded a ferry pilot and his security guard on the quay.", {"wounded": 2}),
    ],
)
def test_one_described_person_counts(sentence: str, expected: dict) -> None:
    assert totals(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The stray shell killed a grazing cow near the river.", {}),
        ("The blast killed a stray dog behind the market.", {}),
        ("The raid killed four guards, wounding an unknown number as well.", {"killed": 4}),
    ],
)
def test_a_described_animal_or_quantity_counts_no_one(sentence: str, expected: dict) -> None:
    assert totals("The stray shell killed a ferry porter near the river.") == {"killed": 1}
    assert totals(sentence) == expected
