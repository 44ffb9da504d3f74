"""Reported speech (resolve/assertion.py): event words listed with, or attached to, one that is only
talked about are talked about too; a list told as news stays news. Sentences and places are ours."""

from __future__ import annotations

import pytest

from conftest import violent


@pytest.mark.parametrize(
    "text",
    [
        # attached: "an attack with rockets" inside an imagined attack
        "A television network in Valdoria reported on the possibility of an attack with rockets on the airport.",
        # listed: what someone calls to end, or imagines, one after the other
        "The bishop asked for an end to the shelling, the kidnappings and the car bombings in Valdoria on Monday.",
        "On Monday the mayor of Valdoria warned of the possibility of a kidnapping or an ambush with grenades.",
    ],
)
def test_words_joined_to_talk_are_talk(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, "1990-03-07")) == []


def test_a_list_told_as_news_stays_news(analyse_text) -> None:
    text = "Rebels attacked a bus with rockets and grenades near Valdoria on Monday, killing two people."
    assert len(violent(analyse_text(text, "1990-03-07"))) == 1


def test_everything_we_recall_is_recalled(analyse_text) -> None:
    text = (
        "Let us recall the explosion of the airliner over Valdoria, in which 100 people died; the bomb"
        " at the police headquarters; and the murder of many journalists."
    )
    assert violent(analyse_text(text, "1990-03-07")) == []


def test_what_we_recall_with_its_day_is_news(analyse_text) -> None:
    text = "Let us recall that on 3 March rebels bombed the police headquarters in Valdoria, killing two."
    assert len(violent(analyse_text(text, "1990-03-07"))) == 1
