"""An attacker opening the sentence and killed in it, joined to the verb through an aside ("The
gunman, named as X, 31, was shot dead") or a second predicate, is a dead attacker: the figure is on the
attackers' side. A person told nearer the verb keeps their own side. Sentences and names are our own."""

from __future__ import annotations

from eventwatch.extract.casualties import find_casualties
from eventwatch.text import tokenize


def _sides(text: str) -> list[tuple[str, int, str | None]]:
    return [(f.effect, f.value, f.side) for f in find_casualties(tokenize(text))]


def test_an_attacker_told_with_an_aside_dies_on_the_attackers_side() -> None:
    text = "The gunman, named as Ivo Marten, 31, from Dellmar, was shot dead by police at the gate."
    assert _sides(text) == [("killed", 1, "perpetrators")]


def test_a_victim_told_nearer_the_verb_keeps_its_side() -> None:
    assert _sides("The gunman, named as Ivo Marten, 31, from Dellmar, was shot dead by police.") == [
        ("killed", 1, "perpetrators")
    ]
    assert _sides("The gunman fired at a passing car and a woman was killed.") == [("killed", 1, "civilians")]
