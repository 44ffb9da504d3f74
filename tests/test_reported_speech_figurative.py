"""Reported speech (resolve/assertion.py): "the crisis that has exploded", "the conflict exploded":
a figure of speech, not a blast; a bomb that exploded amid a crisis is news. Our own sentences."""

from __future__ import annotations

import pytest

from conftest import violent


@pytest.mark.parametrize(
    "text",
    [
        "The crisis that has exploded in Valdoria today worries the neighbours.",
        "The political conflict exploded on Monday in Valdoria.",
    ],
)
def test_a_crisis_that_explodes_is_no_blast(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, "1990-03-07")) == []


def test_a_bomb_that_exploded_amid_a_crisis_is_news(analyse_text) -> None:
    assert len(violent(analyse_text("A bomb exploded in Valdoria on Monday amid the crisis.", "1990-03-07"))) == 1
