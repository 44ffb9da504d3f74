"""Hurt told right after a sentence about the victim of a deed the report told earlier ("... the judge
was riding with three escorts. Two of them were wounded.") are that victim's companions: they belong to
the record of the deed done to the victim, even after another deed was told in between. Texts are our
own; names and towns are invented."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article
from eventwatch.pipeline import analyse

_TEXT = (
    "TOLVA, 8 MAY 90 (EFE) -- [TEXT] JUDGE ERNESTO PALMA VIDAL WAS KILLED THIS MORNING WHEN A GRENADE "
    "THROWN BY UNKNOWN MEN HIT HIS CAR IN DOWNTOWN TOLVA.  THE MAYOR OF TOLVA SAID THE JUDGE HAD RECEIVED "
    "THREATS.  ON 3 MAY A BOMB WAS SET OFF AT THE HOME OF A COUNCILMAN IN TOLVA.  HIS SON WAS INJURED.  "
    "THE COUNCIL SAID IT WOULD MEET ON FRIDAY.  THE GOVERNOR ASKED FOR CALM.  "
    "POLICE SOURCES SAID THAT PALMA VIDAL WAS RIDING WITH THREE ESCORTS.  TWO OF THEM WERE WOUNDED."
)


def test_companions_of_a_victim_told_later_are_hurt_in_that_deed() -> None:
    events = analyse(Article(doc_id="t", text=_TEXT, published=date(1990, 5, 8)))
    tolls = sorted((e.date_start.isoformat(), e.fatalities.best, e.injuries.best) for e in events)
    assert tolls == [("1990-05-03", None, 1), ("1990-05-08", 1, 2)]


def test_a_sentence_naming_no_victim_lends_no_record() -> None:
    text = _TEXT.replace("PALMA VIDAL WAS RIDING", "A PATROL WAS PASSING")
    events = analyse(Article(doc_id="t", text=text, published=date(1990, 5, 8)))
    assert [e.injuries.best for e in events if e.date_start == date(1990, 5, 8)] == [None]
