"""Geocoding: a country that speaks, is spoken to or is travelled to is not where the news happened."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import event_place
from eventwatch.resolve.places import arrived_at, country_as_actor, country_weight


def _at(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize(
    "text, name",
    [
        ("The United States says it will help the inquiry.", "United States"),
        ("Mexico has also said that it will send observers.", "Mexico"),
        ("The government promised Spain a thorough investigation.", "Spain"),
        ("The mayor criticized the United States for its silence.", "United States"),
        ('He said "Colombia insists on the truth."', "Colombia"),
    ],
)
def test_a_country_that_speaks_or_is_addressed_is_an_actor(text: str, name: str) -> None:
    assert country_as_actor(text, *_at(text, name))


@pytest.mark.parametrize(
    "text, name",
    [
        ("A bomb exploded in Spain on Monday.", "Spain"),
        ("Soldiers in Mexico said the road was closed.", "Mexico"),
        ("Colombia's worst bombing in a decade killed 40.", "Colombia"),
    ],
)
def test_a_country_that_is_a_scene_is_no_actor(text: str, name: str) -> None:
    assert not country_as_actor(text, *_at(text, name))


def test_an_arrival_tells_where_someone_went() -> None:
    text = "Upon his arrival in Panama City, the leader condemned the attack."
    assert arrived_at(text, text.index("Panama City"))
    text = "A bomb went off in Panama City."
    assert not arrived_at(text, text.index("Panama City"))


def test_countries_spoken_to_or_travelled_to_weigh_little() -> None:
    for text, name in [
        ("The guild denounced the United States today.", "United States"),
        ("The officials took the witness to the United States.", "United States"),
        ("She arrived in the United States on Friday.", "United States"),
    ]:
        assert country_weight(text, *_at(text, name), "country", False) < 1.0, text
    text = "A bomb exploded in the United States today."
    assert country_weight(text, *_at(text, "United States"), "country", False) == 1.0


_FILED_HERE = "   SAN SALVADOR, 10 DEC 89 (AFP) -- [TEXT] "


def test_a_report_filed_at_home_stays_there_when_it_talks_about_a_foreign_government() -> None:
    # the foreign country is named more often than the one the report is filed from, but only as
    # a government that speaks, is blamed or takes a witness home
    text = (
        _FILED_HERE + "A LAWYERS' GUILD COMPLAINED TODAY: \"THE UNITED STATES SAYS IT BACKS A FAIR TRIAL "
        'IN EL SALVADOR, YET IT HIDES WHAT IT KNOWS." THE GUILD ALSO CRITICIZED THE UNITED STATES FOR '
        "FLYING A KEY WITNESS TO THE UNITED STATES. THREE TEACHERS WERE SHOT DEAD AT A SCHOOL GATE "
        "ON 16 NOVEMBER."
    )
    place = event_place(text, published=date(1989, 12, 10))
    assert place is not None and place.country_code == "SV"


def test_a_country_promised_an_inquiry_does_not_place_the_murder() -> None:
    text = (
        _FILED_HERE + "TWO TEACHERS WERE SHOT DEAD OUTSIDE THEIR SCHOOL ON 16 NOVEMBER, AND THE CABINET "
        'HAS VOWED TO FIND THE KILLERS. A DEPUTY MINISTER ADDED THAT "WE HAVE ASSURED SPAIN AND ITS '
        'PEOPLE THAT THE KILLING OF THE TEACHERS WILL BE SOLVED."'
    )
    place = event_place(text, published=date(1989, 11, 18))
    assert place is not None and place.country_code == "SV"


def test_a_country_naming_a_government_service_is_an_organisation(gaz) -> None:
    mentions = gaz.spot("The United States Information Service reported that rebels killed the minister.")
    assert mentions and mentions[0].followed_by_org
