"""Hurt counted as "other" people at the head of a sentence are more than those an earlier sentence
told; "others" set apart inside their own sentence are not. Sentences are our own, with invented
names and places."""

from __future__ import annotations

from datetime import date

from eventwatch.extract.casualties import CasualtyFigure, find_casualties
from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse
from eventwatch.text.tokens import tokenize

_PUBLISHED = date(1990, 3, 3)


def _figures(sentence: str) -> list[CasualtyFigure]:
    return find_casualties(tokenize(sentence))


def _event(text: str) -> Event:
    events = [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]
    assert len(events) == 1
    return events[0]


def test_other_people_opening_a_sentence_are_more() -> None:
    figures = _figures("Three other passengers were injured in the blast.")
    assert [(f.effect, f.value, f.additional) for f in figures] == [("wounded", 3, True)]


def test_others_after_a_clause_adverb_are_more() -> None:
    figures = _figures("Meanwhile, four others were hurt.")
    assert [(f.effect, f.value, f.additional) for f in figures] == [("wounded", 4, True)]


def test_others_set_apart_in_their_own_sentence_are_not_more() -> None:
    figures = _figures("The bomb killed two soldiers and injured eleven others.")
    assert [(f.effect, f.value, f.additional) for f in figures] == [("killed", 2, False), ("wounded", 11, False)]


def test_others_after_people_named_in_their_sentence_are_not_more() -> None:
    figures = _figures("The colonel, his aide and five others were wounded in the ambush.")
    assert all(not f.additional for f in figures if f.effect == "wounded")


def test_others_after_a_casualty_of_their_sentence_are_not_more() -> None:
    figures = _figures("Nine goats were killed and several others injured by the shelling.")
    assert all(not f.additional for f in figures if f.effect == "wounded")


def test_hurt_named_first_and_others_after_add_up() -> None:
    event = _event(
        "VELMORA, 3 MAR 90 -- Mayor Anton Rusk was wounded this morning when gunmen fired on his car in "
        "Velmora. Two other persons were injured in the attack."
    )
    assert event.injuries.best == 3


def test_a_count_repeated_without_other_does_not_add() -> None:
    event = _event(
        "VELMORA, 3 MAR 90 -- Two people were injured this morning when a bomb went off at a bank in "
        "Velmora. Two persons were taken to the hospital with injuries."
    )
    assert event.injuries.best == 2
