"""Spotting: English words of set phrases ("in earnest", "in haste", "in defiance of", "in situ") that
GeoNames also knows as a town somewhere are no place in wire capitals, where case cannot tell them
from a name, even in a report whose country holds such a town; written as a name in mixed case
mid-sentence they still are. Sentences are our own."""

from __future__ import annotations

import pytest

from conftest import violent

_REPORT = """WASHINGTON, 20 NOV 89 (RADIO) -- [COMMENTARY] THE UNITED STATES HAS SENT AID TO THE ARMY FOR YEARS.

   AFTER A LONG TRUCE, {phrase}.

   LAST WEEK THE ARMY MURDERED TWO TEACHERS AND A PRIEST IN THE COUNTRY."""


@pytest.mark.parametrize(
    ("phrase", "word"),
    [
        ("THE REBELS OF THE FRONT BEGAN THEIR WAR IN EARNEST", "Earnest"),
        ("THE REBELS OF THE FRONT MARCHED IN DEFIANCE OF THE BAN", "Defiance"),
    ],
)
def test_set_phrase_words_are_no_places_in_capitals(analyse_text, phrase: str, word: str) -> None:
    events = violent(analyse_text(_REPORT.format(phrase=phrase), "1989-11-20"))
    assert events
    assert all(e.location is None or e.location.name != word for e in events)


def test_a_town_of_that_name_is_kept_in_mixed_case(gaz) -> None:
    found = gaz.spot("A gunman opened fire at a diner in Defiance on Monday.")
    assert any(m.text == "Defiance" for m in found)
