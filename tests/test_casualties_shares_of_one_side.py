"""Shares told of a side's own dead: "six soldiers, including a sergeant" counts six soldiers on the
security forces' side, the sergeant among them; the share does not replace the whole. Shares of another
side still break a generic figure down ("nine people, including two gunmen"). Sentences are our own,
with invented places."""

from __future__ import annotations

from conftest import one_violent_event


def test_a_share_on_the_figures_own_side_does_not_replace_it() -> None:
    event = one_violent_event(
        "Police shot dead five gunmen, including a suicide bomber, outside the market in Velmora on Sunday."
    )
    assert (event.fatalities.best, event.fatalities.perpetrators) == (5, 5)


def test_soldiers_counted_with_their_officer_stay_soldiers() -> None:
    event = one_violent_event("Six soldiers, including a sergeant, were killed when rebels ambushed a convoy.")
    assert (event.fatalities.best, event.fatalities.security_forces) == (6, 6)


def test_a_generic_figure_still_counts_through_its_shares() -> None:
    event = one_violent_event("Nine people, including two gunmen, were killed in a shootout in Velmora on Sunday.")
    assert (event.fatalities.best, event.fatalities.perpetrators) == (9, 2)
