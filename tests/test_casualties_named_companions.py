"""Killed counts: a victim named in an aside and a second person added after it ("killed the mayor,
Juan Perez, and his wife") are two; a group after "and" that opens the next clause ("and the police
are looking for them") is no victim. Sentences and names are our own."""

from __future__ import annotations

import pytest

from eventwatch.extract.casualties import find_casualties
from eventwatch.text import tokenize


def killed(text: str) -> int:
    return sum(f.value for f in find_casualties(tokenize(text)) if f.effect == "killed")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed the mayor, Juan Perez, and his wife, Ana Gomez, in Villa Nueva.", 2),
        ("GUNMEN KILLED THE MAYOR, JUAN PEREZ, AND HIS DRIVER IN VILLA NUEVA.", 2),
        ("Gunmen killed the mayor and the police are looking for the two gunmen.", 1),
        # unchanged: a second person after the deed noun, and a verb after the named victim
        ("The murder of the mayor and his driver shocked Villa Nueva.", 2),
        ("Gunmen killed the mayor, Juan Perez, and fled in a red car.", 1),
    ],
)
def test_people_added_after_a_named_victim(text: str, expected: int) -> None:
    assert killed(text) == expected
