"""People listed after a count with a comma: a breakdown adds up to the count ("seven persons, five
villagers and two policemen, were killed"); a list that falls short of it names people beside
the count ("killed 20 pupils, a teacher and a guard"), and "and" before the last item may follow a
comma. Sentences are our own; towns are invented."""

from __future__ import annotations

import pytest

from eventwatch.extract.casualties import find_casualties
from eventwatch.text.tokens import tokenize


def _total(text: str, effect: str = "killed") -> int:
    return sum(f.value for f in find_casualties(tokenize(text)) if f.effect == effect and not f.is_part)


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("The raiders killed 20 pupils, a teacher and a guard at the school.", 22),
        ("Soldiers killed five monks, a cook and her son at the mission.", 7),
        ("Militiamen killed 7 farmers, a nurse, and her son near Valdora.", 9),
        ("The shelling killed 11 women, 3 children and one driver near Valdora.", 15),
    ],
)
def test_a_list_short_of_the_count_names_more_people(text: str, total: int) -> None:
    assert _total(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Seven persons, five villagers and two policemen, were killed.", 7),
        ("Nine villagers, four of them pupils, died in the blast.", 9),
        ("Gunmen killed ten people, including a teacher and her son.", 10),
        ("The gunmen killed two volunteers, a Briton and Dane, in a clash near Valdora.", 2),
        ("A raid on the base killed at least 9 soldiers, 5 rebels died in the clashes.", 9),
    ],
)
def test_a_breakdown_or_a_clause_stays_as_it_was(text: str, total: int) -> None:
    assert _total(text) == total
