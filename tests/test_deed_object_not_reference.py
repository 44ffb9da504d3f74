"""An event word that is the bare object of an active verb in the past ("rebels threw bombs at two
police posts", "rebels set off grenades in the market") tells the deed, not a reference to one
already told, even when the sentence opens with a definite place ("In the town of X ..."). The sentences
are written for these tests, with invented town names."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import violent_events
from eventwatch.resolve.facts import sentence_facts
from eventwatch.text import split_sentences

_PUBLISHED = date(1989, 11, 7)


def _facts(text: str):  # type: ignore[no-untyped-def]
    sentence = split_sentences(text)[0]
    return sentence_facts(text, sentence, published=_PUBLISHED, anchor=_PUBLISHED, wire_caps=False)


@pytest.mark.parametrize(
    "sentence",
    [
        "In the village of Arvena the rebels threw bombs at a police post.",
        "In the market of the old town the guerrillas set off bombs before dawn.",
    ],
)
def test_a_bare_object_of_a_past_deed_verb_is_news(sentence: str) -> None:
    assert not _facts(sentence).definite


@pytest.mark.parametrize(
    "sentence",
    [
        "In the village of Arvena the rebels claimed the bombings of last week.",
        "The police said the bombs had been planted by the same cell.",
        "The blast may have been revenge for the villagers crushed to death in a stampede at the camp.",
    ],
)
def test_a_deed_word_that_is_no_bare_plural_object_still_refers(sentence: str) -> None:
    assert _facts(sentence).definite


def test_the_bombs_thrown_in_a_second_town_are_a_record_of_their_own() -> None:
    text = (
        "LIMA, 7 NOV 89 -- In Pomacancha a rebel detachment seized the mayor and shot him in the main "
        "square. In the town of Huariaca rebels threw bombs at two police posts."
    )
    assert len(violent_events(text, _PUBLISHED)) == 2
