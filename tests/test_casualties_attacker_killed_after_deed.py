"""An attacker killed after their own deed, told with the subject left out ("A gunman stabbed a guard
and was shot dead", "a man wounded two clerks before being killed"): the one who died is the subject of
the sentence's first verb, not the victim told just before "and was", and the death is on the
attackers' side whatever noun names them. Sentences and names are our own."""

from __future__ import annotations

from eventwatch.extract.casualties import find_casualties
from eventwatch.text import tokenize


def _sides(text: str) -> list[tuple[str, int, str | None]]:
    return sorted(((f.effect, f.value, f.side) for f in find_casualties(tokenize(text))), key=str)


def test_the_victim_before_and_was_is_the_object_of_the_attackers_verb() -> None:
    assert _sides("A gunman stabbed a border guard near the ferry and was shot dead by troops.") == [
        ("killed", 1, "perpetrators"),
        ("wounded", 1, "security_forces"),
    ]


def test_whoever_does_the_deed_and_dies_is_the_attacker() -> None:
    assert _sides("A 19-year-old man stabbed a ferry guard and was shot dead by troops.") == [
        ("killed", 1, "perpetrators"),
        ("wounded", 1, "security_forces"),
    ]
    assert _sides("He then tried to board a tram but was shot dead by police.") == [("killed", 1, "perpetrators")]


def test_the_attackers_death_is_one_more_than_those_counted_before_it() -> None:
    text = "The assailant wounded two watchmen at the depot, killing one, and was killed by police."
    assert _sides(text) == [("killed", 1, "perpetrators"), ("killed", 1, None), ("wounded", 2, None)]


def test_killed_before_being_stopped() -> None:
    text = "A man from Dellmar stabbed a clerk and an old woman at the market before being shot dead by a guard."
    assert ("killed", 1, "perpetrators") in _sides(text)
    # the four hurt are not the dead
    text = "The man, armed with a long knife, stabbed four people at the college before being shot and killed."
    assert _sides(text) == [("killed", 1, "perpetrators"), ("wounded", 4, "civilians")]


def test_a_counted_or_passive_subject_is_left_alone() -> None:
    assert ("killed", 1, "perpetrators") not in _sides(
        "Two men stabbed a soldier near the camp before being shot dead."
    )
    assert _sides("A guard was stabbed at the gate and was taken to hospital.") == [("wounded", 1, "security_forces")]
    assert _sides("A soldier fired on a car at the roadblock and was wounded.") == [("wounded", 1, "security_forces")]
