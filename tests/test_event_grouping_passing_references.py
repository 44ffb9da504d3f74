"""Once a report has told its news, a later sentence about what was done about "the attack" (an
arrest, a release, a statement) is no new incident, even with a day of its own; a day told for
the deed itself ("the kidnapping took place on ...") still is. The sentences are written for these
tests; names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1989, 12, 8)  # a Friday

_NEWS = "BOGOTA, 8 DEC 89 (EFE) -- [TEXT] Gunmen shot dead a judge in Medellin on Monday as he left his office. "


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def test_suspects_in_the_attack_released_later_are_no_new_incident() -> None:
    text = _NEWS + (
        "Police said the city remained calm. Three young men suspected of taking part in the attack "
        "were set free by a criminal court in the city of Cali on Wednesday for lack of evidence."
    )
    events = _events(text)
    assert [(e.date_start, e.fatalities.best) for e in events] == [(date(1989, 12, 4), 1)]


def test_an_earlier_attack_dated_beside_its_word_is_still_told() -> None:
    text = _NEWS + (
        "Police said the city remained calm. The attack on the police station in Cali on Wednesday "
        "was also blamed on the cartel."
    )
    events = _events(text)
    assert sorted(e.date_start for e in events) == [date(1989, 12, 4), date(1989, 12, 6)]
