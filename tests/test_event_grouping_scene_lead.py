"""A sentence without an event word that names a town and a day ("In the south a rebel band took
over the town of Pisco early yesterday") sets the scene of the deed told right after it without a
town of its own ("When they failed to locate the mayor, they dynamited the town hall"): that deed is an
incident at that town, not more of the record told before it at another town. The sentences are
written for these tests; names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1990, 3, 9)


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def test_a_scene_told_without_an_event_word_places_the_next_deed() -> None:
    text = (
        "LIMA, 9 MAR 90 -- Yesterday in Chiclayo unknown men hurled a bomb at the home of a candidate "
        "for deputy, who was away at the time.\n\n"
        "In Ica department a band of rebels took over the town of Pisco early yesterday morning, "
        "looking for the local party secretary and the mayor.\n\n"
        "When the rebels failed to locate the two men, they dynamited the municipal building."
    )
    places = sorted(e.location.name for e in _events(text) if e.location is not None)
    assert places == ["Chiclayo", "Pisco"]


def test_a_deed_told_after_its_own_record_stays_with_it() -> None:
    text = (
        "LIMA, 9 MAR 90 -- Yesterday in Chiclayo unknown men hurled a bomb at the home of a candidate "
        "for deputy, who was away at the time. The explosion destroyed the front of the house."
    )
    assert [e.location.name for e in _events(text) if e.location is not None] == ["Chiclayo"]
