"""Stage cues belong to their own clause: a threat told before a comma or inside a relative clause
("the rebels who had threatened the mayor killed ...") does not make the later deed a threat."""

from __future__ import annotations

import pytest

from eventwatch.extract.triggers import find_triggers
from eventwatch.text import tokenize


def stage_of(sentence: str, word: str) -> str:
    return next(t.stage for t in find_triggers(tokenize(sentence)) if t.text.lower() == word)


@pytest.mark.parametrize(
    "sentence",
    [
        "Despite the threats, gunmen killed two policemen in Tulua on Monday.",
        "The rebels who had threatened the mayor killed two of his guards on Monday.",
        "A gang which had planned a robbery shot a clerk on Friday.",
    ],
)
def test_a_threat_in_another_clause_leaves_the_deed_done(sentence: str) -> None:
    word = next(w for w in ("killed", "shot") if w in sentence.split())
    assert stage_of(sentence, word) == "accomplished"


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("The rebels threatened to kill the mayor.", "kill"),
        ("The rebels, who threatened to kill the mayor, left the town.", "kill"),
        ("A man who was charged with murder fled the country.", "murder"),
        ("The guild, which threatened more killings, met on Monday.", "killings"),
    ],
)
def test_a_threat_in_the_deeds_own_clause_still_counts(sentence: str, word: str) -> None:
    assert stage_of(sentence, word) == "threatened"
