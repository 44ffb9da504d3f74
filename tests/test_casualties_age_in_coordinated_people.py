"""An age in digits after "a" ("a 40-year-old man") belongs to that one person's noun phrase: the person
is counted when another is coordinated with them ("a 40-year-old man and a boy"), not lost to the age
read as a count. Sentences and names are our own inventions."""

from __future__ import annotations

import pytest

from conftest import totals


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A 62-year-old farmer and a night watchman were killed when the shop was set alight.", {"killed": 2}),
        ("A teacher and a 9-year-old girl were wounded by the shrapnel.", {"wounded": 2}),
        ("A 35-year-old driver and a 12-year-old boy were lightly injured in the blast.", {"wounded": 2}),
        ("A 14-year-old girl, a man and a woman were killed in the raid.", {"killed": 3}),
        ("A 58-year-old man later died of his injuries from the beating.", {"killed": 1}),
    ],
)
def test_a_person_told_with_an_age_counts_in_a_list(sentence: str, expected: dict) -> None:
    assert totals(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A 70 year old farmer and a 12-year-old boy were shot dead near the well.", {"killed": 2}),
        ("Two girls aged 6 and 4 were killed in the shelling.", {"killed": 2}),
        ("The mother and 15-year-old son were wounded in the crossfire.", {"wounded": 2}),
    ],
)
def test_ages_after_a_count_are_still_no_counts(sentence: str, expected: dict) -> None:
    assert totals(sentence) == expected


def test_a_coma_is_a_hurt_of_its_own() -> None:
    sentence = "The gunmen caused the deaths of 3 herders and a 66-year-old man sent into a coma."
    assert totals(sentence) == {"killed": 3, "wounded": 1}
