"""Perpetrators: a group described in an aside by the group it belongs to ("X, the armed wing of
Y, killed ...") is the one that did the deed; the larger group only says whose wing it is.
Sentences are our own; the groups are used only as names."""

from __future__ import annotations

from datetime import date

import pytest

from eventwatch.extract.appositions import _aside_of
from eventwatch.model import Article
from eventwatch.pipeline import analyse
from eventwatch.text import tokenize


def _perpetrators(text: str) -> list[list[str]]:
    events = analyse(Article(doc_id="t", text=text, published=date(1990, 6, 12)))
    return [[p.name for p in e.perpetrators] for e in events if e.is_violent]


@pytest.mark.parametrize(
    "text",
    [
        'SAN SALVADOR, 12 JUN 90 (RADIO) -- [TEXT] "THE FPL," AN URBAN FACTION OF THE FMLN, SHOT DEAD A '
        "CUSTOMS INSPECTOR IN SANTA ANA YESTERDAY.",
        "The FPL, a clandestine wing of the FMLN, shot dead a customs inspector in Santa Ana yesterday.",
    ],
)
def test_the_group_before_the_aside_did_the_deed(text: str) -> None:
    assert [[name.lower() for name in names] for names in _perpetrators(text)] == [["fpl: popular liberation forces"]]


def test_a_group_named_on_its_own_keeps_the_deed() -> None:
    text = "The FMLN shot dead a customs inspector in Santa Ana yesterday."
    assert _perpetrators(text) == [["FMLN: Farabundo Marti National Liberation Front"]]


@pytest.mark.parametrize(
    ("aside", "part_of"),
    [
        (", the armed wing of the", True),
        (", a splinter faction of", True),
        (", the military arm of the", True),
        (", rivals of the", False),
        (", who fought the", False),
        (" and the", False),
    ],
)
def test_which_asides_say_whose_part_a_group_is(aside: str, part_of: bool) -> None:
    text = f"The FPL{aside} FMLN, shot dead a customs inspector."
    tokens = tokenize(text, 0, len(text))
    first = next(k for k, t in enumerate(tokens) if t.text == "FPL") + 1
    front = next(k for k, t in enumerate(tokens) if t.text == "FMLN")
    assert _aside_of(tokens, first, front) is part_of
