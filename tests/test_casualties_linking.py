"""Which event a casualty figure joins when the sentence that tells it names no deed of its own.
The sentences are written for these tests; names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from conftest import violent_events
from eventwatch.model import Event

_PUBLISHED = date(1989, 6, 3)


def _events(text: str) -> list[Event]:
    return violent_events(text, _PUBLISHED)


def test_a_toll_told_before_the_deed_is_that_deeds_toll() -> None:
    text = (
        "BOGOTA, 3 JUN 89 (RADIO SUR) -- [TEXT] TRUJILLO -- FOUR PERSONS WERE INJURED AND SEVERAL SHOPS "
        "WERE DAMAGED DURING A NEW WAVE OF VIOLENCE THAT HIT TRUJILLO LAST NIGHT.  TWO BOMBS EXPLODED AT "
        "THE DOORS OF A BANK AND A HARDWARE STORE."
    )
    events = _events(text)
    assert len(events) == 1
    assert events[0].injuries.best == 4


def test_a_body_found_before_the_shooting_is_told_is_the_shootings_dead() -> None:
    text = (
        "SAN SALVADOR, 3 JUN 89 (RADIO NORTE) -- [TEXT] THE POLICE SAY THAT THE BODY OF "
        "A YOUNG WOMAN WAS FOUND TODAY BESIDE A TRACK NEAR APOPA.  NEIGHBOURS SAID THAT THEY HEARD "
        "THREE SHOTS FIRED AT DAWN."
    )
    events = _events(text)
    assert len(events) == 1
    assert events[0].fatalities.best == 1


def test_a_hurt_told_well_after_the_one_deed_of_the_report_is_its_hurt() -> None:
    text = (
        "SAN SALVADOR, 3 JUN 89 (RADIO NORTE) -- [TEXT] UNKNOWN MEN HURLED TWO GRENADES AT THE HOME OF "
        "JUDGE OSVALDO PERALTA IN SANTA TECLA AT DAWN TODAY.  THE JUDGE WAS ASLEEP WITH HIS FAMILY.  "
        "HIS WIFE SAID THAT THE NEIGHBOURS CAME TO HELP THEM.  THE JUDGE HAS RECEIVED LETTERS FROM "
        "UNKNOWN PERSONS SINCE MARCH.  LUCKILY ONLY ONE OF HIS SONS WAS WOUNDED."
    )
    events = _events(text)
    assert len(events) == 1
    assert events[0].injuries.best == 1


def test_a_count_kept_so_far_is_not_the_toll_of_the_murder_told_beside_it() -> None:
    text = (
        "LIMA, 3 JUN 89 (EFE) -- [TEXT] HOODED MEN MURDERED ANSELMO QUISPE, THE MAYOR OF HUANTA, OUTSIDE "
        "HIS HOUSE YESTERDAY.  SO FAR, THREE MAYORS HAVE BEEN MURDERED BY THE REBELS IN THE PROVINCE."
    )
    events = _events(text)
    assert len(events) == 1
    assert events[0].fatalities.best == 1
