"""Rounds counted after the verb of firing ("fired nine shots at the clerk", "firing three missiles
at the depot") tell a shooting or a shelling as "fired shots" does, even in a sentence with no other
event word. The sentences are written for these tests; names are invented, towns are used only as
places."""

from __future__ import annotations

from datetime import date

import pytest

from eventwatch.extract.triggers import find_triggers
from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse
from eventwatch.text.tokens import tokenize

_PUBLISHED = date(2016, 5, 9)


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def _kinds(sentence: str) -> list[str]:
    return [t.kind for t in find_triggers(tokenize(sentence, 0, len(sentence)))]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Two men on a scooter fired nine shots at the clerk of the Olmo pharmacy.", "armed_assault"),
        ("Unknown men fired four to six rounds at the police post outside Kirkby.", "armed_assault"),
        ("The militia claimed it was behind firing three missiles at the fuel depot.", "shelling"),
        ("Insurgents fired a dozen artillery shells toward the airfield before dawn.", "shelling"),
    ],
)
def test_rounds_counted_after_the_verb_are_an_event_word(sentence: str, kind: str) -> None:
    assert _kinds(sentence) == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "The company fired two managers after the audit of the Olmo pharmacy.",
        "The club will fire three coaches and hire new ones in June.",
    ],
)
def test_a_count_without_rounds_is_no_event_word(sentence: str) -> None:
    assert _kinds(sentence) == []


def test_a_counted_volley_is_a_record() -> None:
    events = _events("Two men in a pickup fired seven rounds at an army camp near Kirkby on Sunday. Nobody was hurt.")
    assert [e.attack_type for e in events] == ["Armed Assault"]
