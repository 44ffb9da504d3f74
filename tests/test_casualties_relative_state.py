"""A relative clause on the object of a verb of another effect tells that person's state, not one more
person hurt: "they shot dead, in his bed, a guard who was in critical condition" counts one dead and no
one hurt. Sentences are our own, with invented places."""

from __future__ import annotations

import pytest

from eventwatch.extract.casualties import find_casualties
from eventwatch.text.tokens import tokenize


def _figures(text: str) -> list[tuple[str, int]]:
    return [(f.effect, f.value) for f in find_casualties(tokenize(text))]


@pytest.mark.parametrize(
    "text",
    [
        "ONCE INSIDE THE CLINIC AT TOLVA, THE MEN EXECUTED, IN HIS BED, A CORPORAL WHO WAS RECEIVING MEDICAL "
        "TREATMENT; THEN THEY LEFT A BOMB BEHIND.",
        "THE RAIDERS MURDERED, IN THE WARD, A PATIENT WHO WAS WOUNDED.",
    ],
)
def test_the_state_of_the_dead_is_no_hurt(text: str) -> None:
    assert _figures(text) == [("killed", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "A porter who was wounded in the blast is now in hospital.",
        "The porter was wounded by glass and is in a stable condition.",
    ],
)
def test_the_state_of_someone_hurt_is_the_same_person(text: str) -> None:
    assert _figures(text) == [("wounded", 1)]


def test_a_second_person_with_a_subject_of_their_own_counts() -> None:
    assert _figures("The cook was wounded and his helper was wounded too.") == [("wounded", 1), ("wounded", 1)]


def test_a_passive_before_is_no_verb_with_an_object() -> None:
    text = "Raiders fired on a baby girl who was killed and a four-year-old cousin who was badly wounded."
    assert ("wounded", 1) in _figures(text)
