"""People hurt who then died of it count among the dead, not the hurt: "the judge was stabbed and
later died". Sentences are our own, with invented names and places."""

from __future__ import annotations

from eventwatch.extract.casualties import CasualtyFigure, find_casualties
from eventwatch.text.tokens import tokenize


def _figures(sentence: str) -> list[tuple[str, int]]:
    found: list[CasualtyFigure] = find_casualties(tokenize(sentence))
    return [(f.effect, f.value) for f in found]


def test_one_person_stabbed_who_later_died_is_killed() -> None:
    assert _figures("The harbour master was stabbed and later died.") == [("killed", 1)]


def test_one_person_wounded_who_died_is_killed() -> None:
    assert _figures("A night watchman was wounded and died the next day.") == [("killed", 1)]


def test_counted_people_injured_who_subsequently_died_are_killed() -> None:
    assert _figures("Two ferry workers were injured and subsequently died.") == [("killed", 2)]


def test_the_hurt_who_did_not_die_stay_hurt() -> None:
    assert _figures("The harbour master was stabbed and taken to a clinic.") == [("wounded", 1)]


def test_a_kidnapped_person_who_died_stays_kidnapped() -> None:
    assert ("kidnapped", 1) in _figures("The mill owner was kidnapped and later died.")


def test_a_phrase_on_where_may_stand_between_the_hurt_and_the_death() -> None:
    assert _figures("The ferry captain was wounded in the raid and later died.") == [("killed", 1)]
    assert _figures("Three wardens were injured in the attack on the depot and died in hospital.") == [("killed", 3)]


def test_a_phrase_on_how_may_stand_between_the_hurt_and_the_death() -> None:
    assert _figures("A baker was stabbed a number of times and died on the pavement.") == [("killed", 1)]


def test_another_clause_that_tells_a_death_leaves_the_hurt_hurt() -> None:
    assert _figures("Two wardens were wounded in the raid and one died.") == [("wounded", 2), ("killed", 1)]
    assert _figures("The warden was wounded in the raid, and a neighbour died.") == [("wounded", 1), ("killed", 1)]


def test_the_hurt_of_whom_one_died_count_one_dead_and_the_rest_hurt() -> None:
    assert _figures("Two wardens were badly injured, one of them died in the clinic.") == [
        ("wounded", 1),
        ("killed", 1),
    ]
    assert _figures("Five ferry workers were wounded, two of whom later died.") == [("wounded", 3), ("killed", 2)]
    assert _figures("SIX GUARDS WERE WOUNDED; TWO OF THEM HAVE SINCE DIED.") == [("wounded", 4), ("killed", 2)]


def test_a_share_of_the_hurt_that_did_not_die_stays_a_share() -> None:
    found = find_casualties(tokenize("Five ferry workers were wounded, two of them children."))
    assert [(f.effect, f.value, f.is_part) for f in found] == [("wounded", 5, False), ("wounded", 2, True)]
