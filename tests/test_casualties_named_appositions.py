"""People named one by one before their verb, with a phrase on who they were: an aside in the plural
after the names ("members of the council") and a phrase after the last counted item ("from the
police") still leave the list reaching its verb. Sentences are our own, with invented names."""

from __future__ import annotations

import pytest

from eventwatch.extract.casualties import find_casualties
from eventwatch.text import tokenize


def killed(sentence: str) -> int:
    return sum(f.value for f in find_casualties(tokenize(sentence)) if f.effect == "killed" and not f.is_part)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a plural aside between commas says what the people named were
        ("Ivo Marel and Jose Tanis, members of the local council, were killed near Tolva.", 2),
        ("IVO MAREL AND JOSE TANIS, MEMBERS OF THE VILLAGE GUARD, WERE SHOT DEAD.", 2),
        # a verb of saying opens the clause the list heads; the second effect befell them too
        (
            "The statement says Ivo Marel and Jose Tanis, members of the village guard, were kidnapped and later "
            "murdered by rebels.",
            2,
        ),
        # a phrase on the last counted item before the verb
        ("Rosa Ilar, a district judge, and two of her bodyguards from the security police were shot dead in Tolva.", 3),
        (
            "ROSA ILAR, A DISTRICT JUDGE, AND TWO OF HER BODYGUARDS FROM THE SECURITY POLICE [SP], WERE "
            "ASSASSINATED TODAY.",
            3,
        ),
    ],
)
def test_named_lists_with_asides_reach_their_verb(sentence: str, expected: int) -> None:
    assert killed(sentence) == expected
