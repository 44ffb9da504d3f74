"""A political party is a doer only where the text holds it to account: "we blame ARENA for the
murder" names the ruling party of El Salvador, but a party named beside a deed is mostly the victims'
side ("a deputy of the party, the first to be shot by the rebels"), and a party only talked of
near a deed (a "time bomb" of speech) is not its doer. Sentences, places and names are our own."""

from __future__ import annotations

from datetime import date

from conftest import deed_actors as actors
from conftest import violent_events


def test_a_party_blamed_for_a_murder_is_its_doer() -> None:
    text = "WE BLAME ARENA [NATIONALIST REPUBLICAN ALLIANCE] FOR THE MURDER OF THE TEACHER JULIO VASTEZ."
    assert ("ARENA: Nationalist Republican Alliance", "other", "perpetrator") in actors(text, "murder")


def test_a_party_of_the_victim_is_not_the_doer() -> None:
    text = (
        "   SAN MIGUEL, 4 APR 90 -- [TEXT] ONE DEPUTY OF ARENA, THE RULING NATIONALIST REPUBLICAN ALLIANCE, "
        "IS THE SECOND DEPUTY TO BE ASSASSINATED BY REBELS IN SAN MIGUEL THIS YEAR."
    )
    events = violent_events(text, date(1990, 4, 4))
    assert [[p.name for p in e.perpetrators] for e in events] == [["rebels"]]


def test_a_party_spoken_of_beside_a_figure_of_speech_is_no_doer() -> None:
    text = (
        "   SAN SALVADOR, 2 MAY 90 -- [TEXT] THE PRESIDENT HAS A DIFFICULT FRIEND, ARENA, AND A TIME BOMB "
        "THAT IS SURE TO EXPLODE."
    )
    assert all(not e.perpetrators for e in violent_events(text, date(1990, 5, 2)))
