"""A list of victims after "after", "before", "since": the list is the subject of the clause the word
opens, so its first item is a person too when a people noun heads it ("after a police colonel, a
prosecutor and senator X were murdered" is three). A phrase of time there is still passed over. The
sentences are written for these tests; names are invented."""

from __future__ import annotations

import pytest

from eventwatch.extract.casualties import find_casualties
from eventwatch.text.tokens import tokenize


def _killed(text: str) -> int:
    return sum(f.value for f in find_casualties(tokenize(text)) if f.effect == "killed" and not f.is_part)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry spoke after a police colonel, a prosecutor and senator Ramon Oliva Tarres were murdered.",
        "THE MINISTRY SPOKE AFTER A POLICE COLONEL, A PROSECUTOR, AND CANDIDATE SENATOR RAMON OLIVA TARRES WERE "
        "MURDERED LAST WEEK.",
        "Talks stalled since a judge, a police captain and mayor Lucia Brenner were assassinated.",
        "THE ARMY CLOSED THE ROAD BEFORE A JUDGE, A POLICE CAPTAIN AND MAYOR LUCIA BRENNER WERE ASSASSINATED.",
    ],
)
def test_the_first_person_after_a_clause_opener_is_counted(text: str) -> None:
    assert _killed(text) == 3


def test_a_time_after_the_opener_is_no_person() -> None:
    assert _killed("After midnight, Tomas Arvena and Luis Ordas Vela were shot dead.") == 2
