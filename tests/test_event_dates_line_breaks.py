"""Wire copy breaks its lines anywhere, also inside a phrase that dates a deed ("LAST\\nNIGHT",
"EARLY THIS\\nMORNING", "THE NEXT\\nDAY"): the words of such a phrase may be parted by any white
space. The sentences are written for these tests; names are invented, towns are used only as
places."""

from __future__ import annotations

from datetime import date

from eventwatch.extract.dates import find_dates
from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1989, 8, 30)


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def test_a_phrase_broken_across_lines_dates_a_day() -> None:
    text = "GUERRILLAS ATTACKED THE PLANT LAST\nNIGHT, AND THE NEXT\nDAY THEY BURNED A BUS."
    found = [(d.text.split(), d.value) for d in find_dates(text, 0, len(text), published=_PUBLISHED, anchor=_PUBLISHED)]
    assert found == [(["LAST", "NIGHT"], date(1989, 8, 29)), (["THE", "NEXT", "DAY"], date(1989, 8, 31))]


def test_a_report_dated_by_a_broken_phrase_gets_that_day() -> None:
    # hard-wrapped copy: the lines run on without ending sentences
    text = (
        "   BOGOTA, 30 AUG 89 (EFE) -- [TEXT] A BOMB EXPLODED AT A BREWERY IN THE\n"
        "TOWN OF ENVIGADO, SOUTH OF MEDELLIN, SHORTLY AFTER MIDNIGHT EARLY THIS\n"
        "MORNING, DESTROYING TWO OF ITS FUEL TANKS AND A DELIVERY TRUCK PARKED\n"
        "NEAR THE GATE.  THE NIGHT WATCHMAN SAID THAT HE HAD SEEN TWO MEN ON A\n"
        "MOTORCYCLE LEAVE A PACKAGE BESIDE THE FENCE A FEW MINUTES EARLIER."
    )
    assert [(e.date_start, e.date_precision) for e in _events(text)] == [(date(1989, 8, 30), "day")]


def test_attacks_going_on_the_next_morning_are_the_same_incident() -> None:
    text = (
        "SAN SALVADOR, 30 AUG 89 (EFE) -- REBEL COMMANDOS ATTACKED FIVE ARMY POSTS IN THE CAPITAL ON "
        "TUESDAY NIGHT, AND THE ATTACKS WERE APPARENTLY CONTINUING THIS MORNING."
    )
    assert len(_events(text)) == 1
