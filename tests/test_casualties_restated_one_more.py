"""A count of "one more" after a linking verb ("her death is one more clerk murdered") names the
subject of the verb again: no one besides the dead told before. People told as more after the
effect itself ("among the dead was another guard") or as the subject ("two more guards were
killed") still add. Sentences are our own, with invented names and places."""

from __future__ import annotations

from datetime import date

from eventwatch.extract.casualties import CasualtyFigure, find_casualties
from eventwatch.fuse import fuse_document_events
from eventwatch.model import Article, Casualties, Event, Place
from eventwatch.pipeline import analyse
from eventwatch.text.tokens import tokenize

_PUBLISHED = date(1991, 3, 9)
_TOWN = Place(name="Danli", country="Honduras", country_code="HN", geonames_id=3613528)


def _figures(sentence: str) -> list[tuple[str, int, bool]]:
    found: list[CasualtyFigure] = find_casualties(tokenize(sentence))
    return [(f.effect, f.value, f.additional) for f in found]


def _event(text: str) -> Event:
    events = [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]
    assert len(events) == 1
    return events[0]


def test_one_more_after_is_names_the_subject_again() -> None:
    assert _figures("Ortega's death is one more union official murdered.") == [("killed", 1, False)]


def test_one_more_after_became_names_the_subject_again() -> None:
    assert _figures("His death became one more labourer murdered in the province.") == [("killed", 1, False)]


def test_one_more_as_the_subject_still_adds() -> None:
    assert _figures("Two more soldiers were killed on Sunday.") == [("killed", 2, True)]


def test_one_more_after_the_effect_word_still_adds() -> None:
    assert _figures("Also killed was one more policeman.") == [("killed", 1, True)]


def test_the_restated_victim_is_counted_once_in_the_record() -> None:
    text = (
        "   TEGUCIGALPA, 9 MAR 91 (EFE) -- [TEXT] POLICE SAID TODAY THAT MARTA\n"
        "QUIROGA, A SCHOOLTEACHER AND OFFICIAL OF THE TEACHERS' UNION, WAS SHOT\n"
        "DEAD BY UNKNOWN GUNMEN IN THE TOWN OF DANLI ON 7 MARCH.\n\n"
        "   QUIROGA'S DEATH IS ONE MORE UNION OFFICIAL MURDERED THIS YEAR.\n"
    )
    assert _event(text).fatalities.best == 1


def _record(name: str, day: int, killed: int, additional: bool) -> Event:
    return Event(
        event_id=name,
        doc_ids=["t"],
        event_type="Violence against civilians",
        sub_event_type="Attack",
        attack_type="Assassination",
        date_start=date(1991, 3, day),
        date_precision="day",
        location=_TOWN,
        fatalities=Casualties(best=killed, low=killed, high=killed, additional=additional),
    )


def test_a_dead_told_as_another_a_day_off_is_not_the_same_toll_told_again() -> None:
    # "... was shot dead on 7 March. X, another union official, was killed on 6 March": two deeds
    first = _record("a", 7, 1, False)
    other = _record("b", 6, 1, True)
    fused = fuse_document_events([first, other], _TOWN)
    assert sorted((e.date_start.day, e.fatalities.best) for e in fused if e.date_start) == [(6, 1), (7, 1)]


def test_the_same_toll_told_again_a_day_off_still_joins() -> None:
    first = _record("a", 7, 1, False)
    again = _record("b", 6, 1, False)
    assert len(fuse_document_events([first, again], _TOWN)) == 1
