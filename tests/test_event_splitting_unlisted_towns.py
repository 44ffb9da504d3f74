"""A town the gazetteer lacks, listed among towns it knows as hit ("dynamited the town halls in
Huanta, Qorimarka, Tambillo and Ayna"), is an incident of its own like the others: named as
written, placed at the first-level region of the list's first town (precision 2), with no
coordinates of its own and no figures. The sentences are written for these tests; names are
invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1991, 3, 3)


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def test_an_unknown_town_between_known_ones_is_an_incident_of_its_own() -> None:
    text = "LIMA, 3 MAR 91 -- Rebels yesterday dynamited the town halls in Huanta, Qorimarka, Tambillo and Ayna."
    events = _events(text)
    assert len(events) == 4
    unlisted = next(e for e in events if e.location is not None and e.location.name == "Qorimarka")
    assert unlisted.location.precision == 2
    assert unlisted.location.geonames_id is None
    assert unlisted.location.admin1 == "Ayacucho"
    assert unlisted.date_start == date(1991, 3, 2)


def test_an_unknown_town_closing_the_list_is_an_incident_of_its_own() -> None:
    text = (
        "LIMA, 3 MAR 91 -- Police said that yesterday rebels dynamited the town halls in Huanta, "
        "Tambillo, and Qorimarka."
    )
    names = sorted(e.location.name for e in _events(text) if e.location is not None)
    assert names == ["Huanta", "Qorimarka", "Tambillo"]


def test_unknown_towns_opening_the_list_in_capitals() -> None:
    text = "LIMA, 3 MAR 91 -- REBELS ALSO BURNED THE TOWN HALLS IN QORIMARKA, HUANTA, AND CHUSCHIRI."
    names = sorted(e.location.name for e in _events(text) if e.location is not None)
    assert [n.upper() for n in names] == ["CHUSCHIRI", "HUANTA", "QORIMARKA"]


def test_words_opening_a_sentence_before_known_towns_are_no_towns() -> None:
    # a guard of the rule above: "IN ADDITION," opens the sentence, before any deed word
    text = "LIMA, 3 MAR 91 -- IN ADDITION, HUANTA AND TAMBILLO WERE ATTACKED BY REBELS YESTERDAY."
    names = sorted(e.location.name for e in _events(text) if e.location is not None)
    assert "ADDITION" not in [n.upper() for n in names]


def test_a_list_opened_by_unknown_towns_and_broken_across_lines_of_wire_copy() -> None:
    text = (
        "LIMA, 3 MAR 91 (RADIO LA VOZ) -- [TEXT] IT WAS OFFICIALLY REPORTED TODAY\n"
        "THAT ON 1 MARCH ALLEGED REBELS MURDERED TWO FARMERS NEAR THE TOWN OF\n"
        "HUANTA, AYACUCHO DEPARTMENT.  THE NEWSPAPER LA VOZ REPORTED THAT THE\n"
        "REBELS ALSO DYNAMITED PUBLIC BUILDINGS IN QORIMARKA, HUANTA, PULCHAMARCA, AND\n"
        "CHUSCHIRI, IN AYACUCHO DEPARTMENT, BEFORE FLEEING INTO THE HILLS.\n"
    )
    names = sorted(e.location.name.upper() for e in _events(text) if e.location is not None)
    assert names == ["CHUSCHIRI", "HUANTA", "HUANTA", "PULCHAMARCA", "QORIMARKA"]


def test_a_time_after_the_last_unknown_town_is_no_part_of_its_name() -> None:
    text = "LIMA, 3 MAR 91 -- REBELS DYNAMITED THE TOWN HALLS IN HUANTA, TAMBILLO, AND QORIMARKA YESTERDAY."
    names = sorted(e.location.name.upper() for e in _events(text) if e.location is not None)
    assert names == ["HUANTA", "QORIMARKA", "TAMBILLO"]


def test_towns_listed_as_neighborhoods_are_parts_of_one_town() -> None:
    text = (
        "SAN SALVADOR, 3 MAR 91 -- PLANES BOMBED REBEL POSITIONS IN SOYAPANGO, MEJICANOS, AND AYUTUXTEPEQUE "
        "NEIGHBORHOODS YESTERDAY."
    )
    assert len(_events(text)) == 1
