"""In-document fusion: records of one incident told in several sentences of one report
become one record. The sentences are written for these tests; names are invented."""

from __future__ import annotations

from datetime import date

_PUBLISHED = date(1989, 6, 3)


_FILED_ABROAD = """TEGUCIGALPA, 3 JUN 89 (RADIO NORTE) -- THE HONDURAN GOVERNMENT TODAY CONDEMNED THE \
ASSASSINATION OF GUATEMALAN JUDGE ROSENDO PALMAREJO, WHICH IT DESCRIBED AS A BLOW TO PEACE.

FOREIGN MINISTER ANSELMO TRIVINO SAID THAT HIS GOVERNMENT WILL SEND A NOTE OF SYMPATHY TO THE JUDGE'S FAMILY.

THE MINISTER ADDED THAT THE CENTRAL AMERICAN PRESIDENTS WILL DISCUSS REGIONAL SECURITY AT THEIR NEXT SUMMIT.

THE JUDGE AND HIS DRIVER WERE KILLED EARLY THIS MORNING BY MEN WHO FIRED ON THEIR CAR IN {town}.
"""


def test_a_murder_condemned_from_a_foreign_dateline_is_the_murder_the_text_places(analyse_text) -> None:
    events = analyse_text(_FILED_ABROAD.format(town="QUETZALTENANGO"), _PUBLISHED)
    assert len(events) == 1
    (event,) = events
    assert event.location is not None and event.location.name == "Quetzaltenango"
    assert event.date_start == _PUBLISHED
    assert event.fatalities.best == 2


def test_a_dateline_in_the_incidents_own_country_is_not_joined(analyse_text) -> None:
    # the dateline town is often the incident's own town: the two records stay apart
    events = analyse_text(_FILED_ABROAD.format(town="SAN PEDRO SULA"), _PUBLISHED)
    assert {e.location.name for e in events if e.location} >= {"Tegucigalpa", "San Pedro Sula"}


_TWO_ABROAD = """TEGUCIGALPA, 3 JUN 89 (RADIO NORTE) -- THE HONDURAN GOVERNMENT TODAY CONDEMNED THE \
ASSASSINATION OF A GUATEMALAN JUDGE, WHICH IT DESCRIBED AS A BLOW TO PEACE.

FOREIGN MINISTER ANSELMO TRIVINO SAID THAT HIS GOVERNMENT WILL SEND A NOTE OF SYMPATHY TO THE JUDGE'S FAMILY.

THE MINISTER ADDED THAT THE CENTRAL AMERICAN PRESIDENTS WILL DISCUSS REGIONAL SECURITY AT THEIR NEXT SUMMIT.

THE JUDGE AND HIS DRIVER WERE KILLED EARLY THIS MORNING BY MEN WHO FIRED ON THEIR CAR IN QUETZALTENANGO.

IN A SEPARATE INCIDENT, A BOMB EXPLODED TODAY AT A POLICE STATION IN SAN MIGUEL, EL SALVADOR.
"""


def test_a_foreign_dateline_record_is_not_joined_when_two_placed_incidents_could_be_it(analyse_text) -> None:
    events = analyse_text(_TWO_ABROAD, _PUBLISHED)
    assert "Tegucigalpa" in {e.location.name for e in events if e.location}


def test_destroying_a_stretch_of_a_pipeline_is_an_attack(analyse_text) -> None:
    for text in (
        "Rebels of the Northern Front destroyed a stretch of the Rio Verdoso oil pipeline near Saravena yesterday.",
        "GUERRILLAS YESTERDAY DESTROYED A SECTION OF THE OIL PIPELINE NEAR SARAVENA, THE ARMY REPORTED.",
        "Insurgents destroyed part of the railway line near Saravena on Friday.",
    ):
        assert [e.event_type for e in analyse_text(text, _PUBLISHED) if e.is_violent], text
