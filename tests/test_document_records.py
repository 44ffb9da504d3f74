"""Which records a report gives, and how each is typed and dated: a deed named among a war's
uncounted bombings, a later passage placing an incident only in the country, the day of a statement
beside the day of the deed. The sentences are written for these tests; names are invented."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1989, 6, 3)


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def test_a_murder_named_beside_a_wars_bombings_is_not_a_bombing() -> None:
    text = (
        "SAN SALVADOR, 3 JUN 89 (RADIO NORTE) -- UNION LEADER ANSELMO QUIROGA SAID TODAY THAT THE "
        "INDISCRIMINATE BOMBINGS OF THE SUBURBS AND THE MURDER OF SIX TEACHERS IN SAN MIGUEL ARE "
        "WEARING DOWN THE GOVERNMENT."
    )
    events = _events(text)
    assert events
    assert {e.attack_type for e in events} <= {"Assassination", "Armed Assault"}


def test_a_murder_told_first_is_not_typed_by_explosions_heard_later() -> None:
    text = (
        "LIMA, 3 JUN 89 (EFE) -- GUNMEN MURDERED THE MAYOR OF HUANTA, ROSENDO PALMAREJO, IN HIS HOME "
        "YESTERDAY.\n\nNEIGHBOURS SAID THERE WERE EXPLOSIONS AND SHOTS DURING THE MURDER, WHICH "
        "LASTED A FEW MINUTES."
    )
    events = _events(text)
    assert len(events) == 1
    assert events[0].attack_type in ("Assassination", "Armed Assault")


def test_a_bombing_that_killed_stays_a_bombing() -> None:
    text = (
        "LIMA, 3 JUN 89 (EFE) -- A CAR BOMB EXPLODED IN FRONT OF THE TOWN HALL OF HUANTA YESTERDAY, "
        "KILLING THE MAYOR, ROSENDO PALMAREJO.\n\nTHE MURDER WAS CLAIMED BY THE SHINING PATH."
    )
    (event,) = _events(text)
    assert event.attack_type == "Bombing/Explosion"


_PLACED_THEN_COUNTRY = """BOGOTA, 3 JUN 89 (EFE) -- GUNMEN SHOT DEAD JUDGE ROSENDO PALMAREJO IN CALI YESTERDAY.

THE JUDGE WAS LEAVING HIS OFFICE WHEN TWO MEN ON A MOTORCYCLE FIRED AT HIM.

PRESIDENT ANSELMO TRIVINO CALLED A MEETING OF HIS CABINET FOR MONDAY.

MEANWHILE, GUERRILLAS KILLED TWO SOLDIERS IN {country} TODAY, ACCORDING TO THE ARMY.
"""


def test_a_later_passage_placed_only_in_the_country_joins_the_placed_incident() -> None:
    events = _events(_PLACED_THEN_COUNTRY.format(country="COLOMBIA"))
    assert len(events) == 1
    (event,) = events
    assert event.location is not None and event.location.name == "Cali"
    # the figure the placed incident gives stands
    assert event.fatalities.best == 1


def test_a_passage_placed_only_in_another_country_stays_apart() -> None:
    events = _events(_PLACED_THEN_COUNTRY.format(country="PERU"))
    assert {e.location.country_code for e in events if e.location} == {"CO", "PE"}


def test_the_day_of_a_statement_does_not_date_the_deed_it_reports() -> None:
    text = (
        "LIMA, 3 JUN 89 (EFE) -- POLICE AUTHORITIES REPORTED TODAY THAT YESTERDAY HEAVILY ARMED "
        "REBELS BURNED THE OFFICES OF THE NATIONAL BANK IN AYACUCHO."
    )
    (event,) = _events(text)
    assert event.date_start == date(1989, 6, 2)


def test_a_statement_day_alone_still_dates_the_deed() -> None:
    text = (
        "LIMA, 3 JUN 89 (EFE) -- POLICE REPORTED TODAY THAT HEAVILY ARMED REBELS BURNED THE OFFICES "
        "OF THE NATIONAL BANK IN AYACUCHO."
    )
    (event,) = _events(text)
    assert event.date_start == _PUBLISHED


def test_a_deed_reported_today_is_dated_by_the_day_a_later_sentence_gives_it() -> None:
    text = (
        "LIMA, 3 JUN 89 (EFE) -- IT WAS REPORTED TODAY IN AYACUCHO THAT 16 PEASANTS DIED DURING AN ATTACK BY "
        "A SHINING PATH COLUMN ON THE VILLAGE OF TAMBO.\n\nTRUCK DRIVERS WHO ARRIVED TODAY FROM THE AREA HAVE "
        "REPORTED THAT THE ATTACK TOOK PLACE ON WEDNESDAY NIGHT."
    )
    (event,) = _events(text)
    assert event.date_start == date(1989, 5, 31)
    assert event.fatalities.best == 16
