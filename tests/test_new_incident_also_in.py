"""A place told as "also in" the area just named ("In Torvale, also in Velmora province, a farmer
was abducted"; "..., also in the north of the city") is one more place struck, so its deed is another
incident than the one before. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import violent_events
from eventwatch.resolve.facts import sentence_facts
from eventwatch.text import split_sentences

_PUBLISHED = date(1989, 10, 20)


def _facts(text: str):  # type: ignore[no-untyped-def]
    sentence = split_sentences(text)[0]
    return sentence_facts(text, sentence, published=_PUBLISHED, anchor=_PUBLISHED, wire_caps=False)


@pytest.mark.parametrize(
    "sentence",
    [
        "In Torvale, also in Velmora province, a farmer was abducted by armed men.",
        "Also in the capital, gunmen shot two traffic officers at a checkpoint.",
        "Early today a night watchman was stabbed to death at a warehouse in the port district of the "
        "town, also in the south of the province.",
    ],
)
def test_a_place_told_also_in_the_area_opens_another_incident(sentence: str) -> None:
    assert _facts(sentence).new_event


@pytest.mark.parametrize(
    "sentence",
    [
        "The front was also in the news for an attack on a power station.",
        "Soldiers also in the convoy were wounded by the blast.",
    ],
)
def test_also_in_not_placing_a_deed_opens_nothing(sentence: str) -> None:
    assert not _facts(sentence).new_event


def test_two_shootings_in_two_quarters_of_the_city_are_two_records() -> None:
    text = (
        "GUATEMALA CITY, 20 OCT 89 -- Unknown gunmen at noon shot a taxi driver at a market in the south "
        "of Guatemala City, police said.\n\n"
        "At dawn, a bank clerk was stabbed to death near the Trebol bridge, also in the south of "
        "Guatemala City."
    )
    assert len(violent_events(text, _PUBLISHED)) == 2
