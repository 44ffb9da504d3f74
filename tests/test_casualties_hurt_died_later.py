"""Casualties: some of the hurt told dead in a sentence of their own ("One of the injured men died from
his burns nine days on") are deaths besides those told before, and of the same deed's record; "and
another" after the verb, with no verb of its own, is one more of them."""

from __future__ import annotations

from conftest import one_violent_event, violent_events


def figures_of(sentence: str) -> list[tuple[str, int, bool]]:
    from eventwatch.extract.casualties import find_casualties
    from eventwatch.text import tokenize

    return [(f.effect, f.value, f.additional) for f in find_casualties(tokenize(sentence))]


def test_one_of_the_hurt_died() -> None:
    assert figures_of("One of the injured men died from his burns nine days on.") == [("killed", 1, True)]
    assert figures_of("Two of the wounded later died in hospital.") == [("killed", 2, True)]
    assert figures_of("Two of the wounded soldiers have since died.") == [("killed", 2, True)]
    assert figures_of("ONE OF THE WOUNDED DIED ON THE WAY TO THE HOSPITAL.") == [("killed", 1, True)]


def test_and_another_with_no_verb_is_one_more() -> None:
    assert figures_of("One of the wounded died that evening and another overnight.") == [("killed", 2, True)]
    assert figures_of("One of the wounded died on Monday and another was flown to Lagos.") == [("killed", 1, True)]


def test_not_a_death() -> None:
    assert figures_of("One of the injured was a child.") == []
    assert all(effect != "killed" for effect, _, _ in figures_of("One of the wounded is in a critical condition."))


def test_the_death_adds_to_the_dead_told_before() -> None:
    event = one_violent_event(
        "Three people died and four others were hurt when a gunman opened fire in a cafe in Ostrava. "
        "One of the injured men died from his burns nine days on."
    )
    assert event.fatalities.best == 4


def test_the_death_stays_with_the_deed() -> None:
    events = violent_events(
        "Nine people were wounded when shells fired from across the river hit the market of Velmar. "
        "One of the wounded died that night and another the next morning."
    )
    assert len(events) == 1
    assert events[0].fatalities.best == 2
    assert events[0].injuries.best == 9


def test_no_hurt_told_before_is_a_recount() -> None:
    event = one_violent_event(
        "Two rebels were killed and a policeman was wounded in a shootout near the market in Tarvo. "
        "Two of the wounded rebels died later at the hospital."
    )
    assert event.fatalities.best == 2
