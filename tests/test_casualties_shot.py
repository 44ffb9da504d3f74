"""People told as "shot": hurt when the shots hit them and the sentence does not tell them dead; no
one when the shots missed, an aircraft was brought down or the police stopped the attacker. Sentences
are our own, with invented names and places."""

from __future__ import annotations

from datetime import date

from eventwatch.extract.casualties import CasualtyFigure, find_casualties
from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse
from eventwatch.text.tokens import tokenize

_PUBLISHED = date(1990, 3, 3)


def _figures(sentence: str) -> list[CasualtyFigure]:
    return find_casualties(tokenize(sentence))


def _hurt(sentence: str) -> list[int]:
    return [f.value for f in _figures(sentence) if f.effect == "wounded"]


def _event(text: str) -> Event:
    events = [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]
    assert len(events) == 1
    return events[0]


def test_people_counted_as_shot_are_hurt() -> None:
    assert _hurt("Three farmers were shot near the market of Velmora on Sunday.") == [3]


def test_one_person_named_as_shot_is_hurt() -> None:
    assert _hurt("Councillor Ivo Brandt was shot outside his office this morning.") == [1]


def test_an_adverb_may_stand_before_shot() -> None:
    assert _hurt("A customs officer was badly shot in the border town.") == [1]


def test_shot_at_counts_no_one() -> None:
    assert _hurt("The councillor was shot at four times as he left his car.") == []


def test_shot_at_close_range_is_a_hit() -> None:
    assert _hurt("The councillor was shot at point-blank range outside his office.") == [1]


def test_a_wound_told_after_shot_at_keeps_the_hurt() -> None:
    assert _hurt("Four guards were shot at from a passing car and were badly wounded.") == [4]


def test_shot_at_with_one_hit_counts_the_one() -> None:
    assert _hurt("Two farmers were shot at and one was wounded.") == [1]


def test_an_aircraft_shot_down_counts_no_one() -> None:
    assert _hurt("A police helicopter was shot down by the rebels near Velmora.") == []


def test_a_shot_fired_is_no_person_hurt() -> None:
    assert _hurt("Later one shot was fired at the gate of the barracks.") == []


def test_shot_and_dead_in_one_sentence_is_no_wound() -> None:
    assert _hurt("The judge was shot twice in the chest and died on the way to the clinic.") == []
    assert _hurt("The judge died an hour after he was shot near the courthouse.") == []


def test_shot_dead_stays_a_death() -> None:
    figures = _figures("Two watchmen were shot dead at the depot.")
    assert [(f.effect, f.value) for f in figures] == [("killed", 2)]


def test_an_attacker_shot_by_the_police_is_no_victim() -> None:
    figures = _figures("The gunman, who was shot by policemen, had wounded nine passengers.")
    assert [(f.effect, f.value) for f in figures] == [("wounded", 9)]


def test_an_attacker_shot_in_the_fighting_is_no_victim() -> None:
    assert _hurt("The second gunman was shot during the long battle at the hotel.") == []


def test_shot_then_killed_in_one_clause_is_no_wound() -> None:
    assert _hurt("The farmer was shot, beaten and killed by the intruders.") == []


def test_victims_shot_by_soldiers_are_hurt() -> None:
    assert _hurt("Two students were shot by soldiers at the checkpoint.") == [2]


def test_shot_with_its_own_object_is_not_the_verb_of_the_hurt() -> None:
    figures = _figures("A vendor stabbed a guard who shot the robber in the leg.")
    assert [(f.effect, f.value) for f in figures] == [("wounded", 1)]


def test_a_person_shot_dead_as_the_object_is_killed() -> None:
    figures = _figures("After a short chase a policeman shot him dead.")
    assert [(f.effect, f.value) for f in figures] == [("killed", 1)]
    figures = _figures("A sentry shot the gunman dead at the gate.")
    assert [(f.effect, f.value) for f in figures] == [("killed", 1)]


def test_a_report_of_people_shot_has_its_hurt() -> None:
    event = _event(
        "VELMORA, 3 MAR 90 -- Two shopkeepers were shot in a paramilitary-style attack in the Greyfield "
        "district of Velmora last night. Police said the attackers fled on foot."
    )
    assert event.injuries.best == 2


def test_the_dead_told_as_shot_are_not_hurt_as_well() -> None:
    event = _event(
        "VELMORA, 3 MAR 90 -- Police commander Ivo Brandt was murdered this morning in Velmora. "
        "The commander was shot in the chest several times as he left his house."
    )
    assert (event.fatalities.best, event.injuries.best) == (1, None)


def test_others_shot_beside_the_dead_stay_hurt() -> None:
    event = _event(
        "VELMORA, 3 MAR 90 -- Police commander Ivo Brandt was murdered this morning in Velmora. "
        "Beside the commander, one other officer was shot in the leg."
    )
    assert (event.fatalities.best, event.injuries.best) == (1, 1)


def test_shot_and_wounded_beside_the_dead_stays_hurt() -> None:
    event = _event(
        "VELMORA, 3 MAR 90 -- Police commander Ivo Brandt was murdered this morning in Velmora. "
        "His driver was shot and wounded."
    )
    assert (event.fatalities.best, event.injuries.best) == (1, 1)
