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
