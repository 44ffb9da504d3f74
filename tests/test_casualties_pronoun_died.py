"""One person told dead by a singular pronoun ("he died an hour later at the clinic"), in a sentence
that counts no dead of its own: one killed. A sentence that already counts its dead keeps its count,
the pronoun being one of them. Sentences are our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Rebel bullets hit a cameraman in Velmora on Friday. He died an hour later at the clinic.",
        "She died at the clinic in Velmora on Friday, hours after masked men stabbed her.",
    ],
)
def test_pronoun_died_counts_one(analyse_text, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in analyse_text(text, "2022-06-12") if e.is_violent]
    assert [e.fatalities.best for e in events] == [1]


def test_pronoun_among_counted_dead(analyse_text) -> None:  # type: ignore[no-untyped-def]
    text = "Masked men shot three guards in Velmora on Friday; two were killed and he died too."
    events = [e for e in analyse_text(text, "2022-06-12") if e.is_violent]
    assert [e.fatalities.best for e in events] == [2]
