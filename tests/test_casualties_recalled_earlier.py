"""A count told in the past perfect in a clause that says its deed came earlier ("had been shot dead
earlier") is an older deed's toll, not more dead of the news; a plain "were" after it ("had been
kidnapped earlier were found dead") and an active verb of the news ("killed a guard who had been hurt
earlier") keep the count. Sentences are our own."""

from __future__ import annotations

import pytest


def _tolls(events: list) -> list[tuple[int | None, int | None]]:
    return [(e.fatalities.best, e.injuries.best) for e in events if e.is_violent]


def test_recalled_victims_do_not_add_to_the_news(analyse_text) -> None:  # type: ignore[no-untyped-def]
    text = (
        "One man was killed when gunmen fired on a wedding party in Tarvo on Monday. "
        "The wedding was for two brothers who had been shot dead by rebels earlier."
    )
    assert _tolls(analyse_text(text, "2021-03-03")) == [(1, None)]


def test_recalled_deed_in_the_active_voice(analyse_text) -> None:  # type: ignore[no-untyped-def]
    text = (
        "One man was killed when gunmen fired on a wedding party in Tarvo on Monday. "
        "Rebels had killed three guards at the same hall previously."
    )
    assert all(killed in (1, None) for killed, _ in _tolls(analyse_text(text, "2021-03-03")))


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Two men who had been kidnapped earlier were found dead in Tarvo on Monday.", 2),
        ("Gunmen killed a guard who had been wounded earlier in Tarvo on Monday.", 1),
    ],
)
def test_news_told_beside_an_earlier_deed_keeps_its_count(analyse_text, text: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    assert [k for k, _ in _tolls(analyse_text(text, "2021-03-03"))] == [killed]


def test_another_effect_after_the_perfect_is_news(analyse_text) -> None:  # type: ignore[no-untyped-def]
    """The count is kept when a verb of effect after the recalled one tells the news."""
    text = "Two policemen who had been wounded earlier died in hospital in Tarvo on Monday."
    assert _tolls(analyse_text(text, "2021-03-03")) != [(None, None)]
