"""A list of people named after a deed closes with a join ("X, Y and Z", "X; a guard; and Z"): in wire
copy in capitals, a name followed by a comma and a verb ("the assassinated X, believes that ...") is one
person, not a list of two. Sentences and names are our own inventions."""

from __future__ import annotations

import pytest

from eventwatch.extract.casualties import find_casualties
from eventwatch.text.tokens import tokenize


def _killed(text: str) -> list[int]:
    return [f.value for f in find_casualties(tokenize(text)) if f.effect == "killed"]


@pytest.mark.parametrize(
    "text",
    [
        "ANTONIO RUIZ OLMEDO, THE UNION PARTY CANDIDATE WHO REPLACED THE ASSASSINATED TOMAS ARVENA, BELIEVES THAT "
        "PEACE IS NEAR.",
        "THE BROTHER OF THE MURDERED LUCIA BRENNER, INSISTS THAT THE CASE IS OPEN.",
    ],
)
def test_a_name_and_a_verb_after_a_comma_are_one_person(text: str) -> None:
    assert _killed(text) == [1]


def test_a_list_closed_by_and_still_counts_each_name() -> None:
    assert _killed("GUNMEN KILLED TOMAS ARVENA, LUIS SOTO AND ANA RUIZ IN VALDORA.") == [3]
