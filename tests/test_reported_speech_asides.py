"""Stages (extract/triggers.py): a modal before a verb addressed to the reader ("as you will
recall", "as you may know") is an aside, not a future; a modal before the deed still marks a threat.
Sentences and places are our own."""

from __future__ import annotations

from conftest import violent


def test_as_you_will_recall_tells_the_deed(analyse_text) -> None:
    text = "As you will recall, Gomez was kidnapped on 3 March in Valdoria by rebels."
    events = violent(analyse_text(text, "1990-03-07"))
    assert [e.kidnapped for e in events] == [1]


def test_a_deed_that_will_be_done_is_a_threat(analyse_text) -> None:
    assert violent(analyse_text("The rebels will kidnap the mayor of Valdoria on Monday.", "1990-03-07")) == []
