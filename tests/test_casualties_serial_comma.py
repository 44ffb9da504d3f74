"""A list with a comma before its last "and" ("a guard, a nurse, and a driver were killed") counts
every item, as the same list without that comma does. A comma before "and" after a pair ("six
farmers and two guards, and ten others were hurt") opens another clause, not a third item. The
sentences are written for these tests; names and towns are invented."""

from __future__ import annotations

import pytest

from eventwatch.extract.casualties import find_casualties
from eventwatch.text.tokens import tokenize


def _total(text: str, effect: str) -> int:
    return sum(f.value for f in find_casualties(tokenize(text)) if f.effect == effect and not f.is_part)


@pytest.mark.parametrize(
    ("text", "effect", "total"),
    [
        ("A policeman, a teacher, and a farmer were killed in Valdora on Monday.", "killed", 3),
        ("A POLICEMAN, A TEACHER, AND A FARMER WERE KILLED IN VALDORA ON MONDAY.", "killed", 3),
        ("An army major, a town mayor, and a senator were murdered last week.", "killed", 3),
        ("Two soldiers, a nurse, and three children were wounded by the blast.", "wounded", 6),
        ("One guard, two drivers, and a cook were hurt when the bomb went off.", "wounded", 4),
    ],
)
def test_every_item_of_a_list_with_a_serial_comma_counts(text: str, effect: str, total: int) -> None:
    assert _total(text, effect) == total


@pytest.mark.parametrize(
    ("text", "effect", "total"),
    [
        ("A policeman, a teacher and a farmer were killed in Valdora on Monday.", "killed", 3),
        ("Two soldiers, a nurse and three children were wounded by the blast.", "wounded", 6),
    ],
)
def test_the_same_list_without_the_comma_counts_alike(text: str, effect: str, total: int) -> None:
    assert _total(text, effect) == total


def test_a_comma_after_a_pair_opens_another_clause() -> None:
    text = "Among the victims were six farmers and two guards, and at least ten others were injured."
    assert _total(text, "wounded") == 10
