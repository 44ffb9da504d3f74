"""In capitals a small town only counts in a country the document names; a big town whose name
namesakes abroad share ("BOGOTA" is also a New Jersey borough) still names its own country when it
far outnumbers them. The sentences are written for these tests; towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.gazetteer import get_gazetteer
from eventwatch.gazetteer.well_known import dominant_country
from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1990, 3, 9)
_TEXT = (
    "BOGOTA, 9 MAR 90 (EFE) -- [TEXT] POLICE TODAY FOUND THE BODIES OF THREE MEN WHO HAD BEEN SHOT "
    "IN A FARMHOUSE 2 KM FROM TABIO, NORTH OF BOGOTA."
)


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def test_a_small_town_counts_beside_a_well_known_town_of_its_country() -> None:
    spotted = [(m.text, m.country_code) for m in get_gazetteer().spot(_TEXT)]
    assert ("TABIO", "CO") in spotted


def test_the_deed_is_coded_to_the_small_town() -> None:
    [event] = _events(_TEXT)
    assert event.location is not None
    assert (event.location.name, event.location.country_code) == ("Tabio", "CO")


def test_only_a_far_larger_namesake_gives_its_country() -> None:
    index = get_gazetteer().index
    assert dominant_country(index, index.ids_for_name("Bogota")) == "CO"
    # San Jose of California and of Costa Rica are of a size: no country
    assert dominant_country(index, index.ids_for_name("San Jose")) is None
