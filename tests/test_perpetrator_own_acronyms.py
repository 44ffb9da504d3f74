"""Perpetrators: a report that names a group with an acronym ("a new group calling itself the "2 June"
Revolutionary Forces, FPL,") means that group wherever it writes the acronym, even when a better-known
group shares the acronym; a known group told in other words keeps its name. Sentences, places and names
are our own."""

from __future__ import annotations

from datetime import date

from conftest import deed_actors as actors
from conftest import violent_events
from eventwatch.extract.actors import shadowed_group


def test_a_name_with_a_day_in_quotes_and_its_acronym_after_a_comma() -> None:
    text = 'A NEW GROUP CALLING ITSELF THE "2 JUNE" REVOLUTIONARY FORCES, FPL, CLAIMED THE BOMBING.'
    names = [name for name, _, _ in actors(text, "bombing")]
    assert names == ["FPL: 2 June Revolutionary Forces"]


def test_the_acronym_alone_later_in_the_report_means_the_reports_group() -> None:
    text = (
        '   MIRADOR, 3 MAY 90 -- [TEXT] A NEW GROUP CALLING ITSELF THE "2 JUNE" REVOLUTIONARY FORCES, FPL, '
        "ANNOUNCED ITS BIRTH TODAY.\n\n"
        "   THE FPL BOMBED THE TOWN HALL IN MIRADOR THIS MORNING, WOUNDING A GUARD."
    )
    names = {p.name for e in violent_events(text, date(1990, 5, 3)) for p in e.perpetrators}
    assert names == {"FPL: 2 June Revolutionary Forces"}


def test_a_known_group_told_in_other_words_is_not_another_group() -> None:
    assert shadowed_group("ELN: Army of National Liberation") is None
    assert shadowed_group("FPL: Popular Liberation Forces") is None
    assert shadowed_group("FPL: Red Dawn People's Forces") == "FPL: Popular Liberation Forces"
