"""In wire capitals a bare plural of people after a deed ("MURDERED CHILDREN") looks like a name, but
it counts no one in particular: no toll, and no record from talk of what someone does. A name still
counts one. The sentences are written for these tests; names are invented, towns are used only as
places."""

from __future__ import annotations

from datetime import date

from eventwatch.extract.casualties import find_casualties
from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse
from eventwatch.text import tokenize

_PUBLISHED = date(1990, 3, 10)


def _figures(text: str) -> list[tuple[str, int]]:
    return [(c.effect, c.value) for c in find_casualties(tokenize(text))]


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def test_a_bare_plural_of_people_in_capitals_counts_no_one() -> None:
    assert _figures("THE VOTERS KNOW THAT THE JUNTA IS THE ONE THAT MURDERED CHILDREN.") == []
    assert _figures("THE BANDS THAT HAVE WOUNDED WOMEN IN THE VALLEY WILL BE TRIED.") == []


def test_a_name_in_capitals_still_counts_one() -> None:
    assert _figures("GUNMEN MURDERED ESTEBAN QUIROGA IN TARMA.") == [("killed", 1)]


def test_talk_of_who_murders_children_is_no_event() -> None:
    text = (
        "TARMA, 10 MAR 90 (RADIO ANDINA) -- [SPEECH] [TEXT] THE VOTERS OF THE VALLEY KNOW THAT THE JUNTA "
        "IS THE ONE THAT HAS CRUELLY MURDERED CHILDREN, AND THEY WILL SAY SO AT THE POLLS."
    )
    assert _events(text) == []
