"""A try told only as foreseen or planned ("will attempt to attack", "plan to attempt to kidnap") is no
deed tried: the word of intent before the word of trying makes the deed threatened, not attempted
(extract/triggers.py, ``foreseen_try`` and ``trying`` of stages_en.yaml). A try made ("tried to kill")
stays an attempt. Sentences and places are our own."""

from __future__ import annotations

import pytest

from conftest import violent


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the colonel said the rebels will attempt to attack the army posts of Valdoria.",
        "The police of Valdoria said on Monday the gang planned to attempt to kidnap a banker.",
    ],
)
def test_a_foreseen_try_is_no_event(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, "1990-03-07")) == []


def test_a_try_made_is_an_attempt(analyse_text) -> None:
    events = violent(analyse_text("On Monday the rebels tried to kill the mayor of Valdoria.", "1990-03-07"))
    assert [e.to_record()["stage"] for e in events] == ["attempted"]
