"""In wire capitals a closed-class word right after a deed word ("A KIDNAPPING IS", "THE WOUNDED ARE",
"MURDERED HAS RISEN", "KILLED MANY") looks like a name, but it names no victim and counts no one. A
name still counts one. The sentences are written for these tests; names are invented."""

from __future__ import annotations

from eventwatch.extract.casualties import find_casualties
from eventwatch.text import tokenize


def _figures(text: str) -> list[tuple[str, int]]:
    return [(c.effect, c.value) for c in find_casualties(tokenize(text))]


def test_an_auxiliary_after_a_deed_word_is_no_victim() -> None:
    assert _figures("IN THE VALLEY THE PRICE OF A KIDNAPPING IS NOW VERY HIGH.") == []
    assert _figures("THE TALLY OF TEACHERS MURDERED HAS CLIMBED TO NINE, THE UNION SAID.") == []
    assert _figures("CAN THE FARMERS KILLED AND WOUNDED BE COUNTED BY THE PARISH?") == []


def test_a_quantifier_after_a_deed_word_counts_no_one() -> None:
    assert _figures("THE SHELLING KILLED MANY UNARMED FARMERS IN THE HILLS.") == []


def test_a_name_after_a_deed_word_still_counts_one() -> None:
    assert _figures("BANDITS KIDNAPPED ROSENDO VILCA NEAR TARMA.") == [("kidnapped", 1)]
