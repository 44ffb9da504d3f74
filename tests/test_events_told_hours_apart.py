"""Events: a deed told "12 hours after" another, done by a subject of its own, is another incident,
told apart from the deed before it; a deed told after "having been" or of "he" befell the same
person, and "in the day after" counts no stretch of time. Sentences and places are our own."""

from __future__ import annotations

import pytest

from conftest import violent


def test_a_deed_told_hours_after_another_is_an_incident_of_its_own(analyse_text) -> None:
    text = (
        "A bomb destroyed the police post in Cali this evening. "
        "The bombing came 12 hours after gunmen opened fire at the airport in Pereira, where a guard died."
    )
    events = violent(analyse_text(text, "1990-03-07"))
    assert sorted((e.attack_type, e.fatalities.best) for e in events) == [
        ("Armed Assault", 1),
        ("Bombing/Explosion", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor of Valdoria died on Monday, three hours after having been stabbed by gunmen.",
        "A farmer was executed by rebels in Valdoria, 20 days after he was kidnapped.",
        "Two blasts shook Valdoria late in the day after grenades were thrown at the barracks.",
    ],
)
def test_one_deed_stays_one(analyse_text, text: str) -> None:
    assert len(violent(analyse_text(text, "1990-03-07"))) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a clause that only says something happened then dates what was told; the deed after is another
        "A grenade was thrown at the mayor's office in Cali this morning. "
        "That incident happened some hours after two hooded youths shot dead two guards at the airport in Cali.",
        # a deed word behind "another", told by a verb of its own after the deed word
        "A bomb partly destroyed a school in Cali tonight. "
        "The blast, the third in Cali this month, occurred a few hours after another explosion destroyed a pharmacy.",
        # a deed named as another than those told, with no verb: "a week after a bomb attack on ..."
        "Rebels attacked the police post in Cali on Sunday. "
        "The raid came barely a week after a bomb attack on the offices of the power company.",
    ],
)
def test_the_earlier_deed_is_an_incident_of_its_own(analyse_text, text: str) -> None:
    assert len(violent(analyse_text(text, "1990-03-07"))) == 2


def test_the_earlier_deed_in_the_same_town_keeps_a_record(analyse_text) -> None:
    text = (
        "Gunmen shot dead a radio announcer in Cali tonight. "
        "The killing came only 12 hours after rebels gunned down a judge in Cali."
    )
    events = violent(analyse_text(text, "1990-03-07"))
    assert len(events) == 2


def test_a_deed_going_on_since_it_broke_out_stays_one(analyse_text) -> None:
    text = (
        "Rebels attacked the army posts in Cali last night. "
        "The shooting still continues 6 hours after heavy shooting broke out in the city."
    )
    assert len(violent(analyse_text(text, "1990-03-07"))) == 1
