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
        ("The bishop denounced the United States for its silence.", "United States"),
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
        ("The archbishop denounced the United States today.", "United States"),
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
        _FILED_HERE + "THE BISHOP OF SAN SALVADOR STATED TODAY THAT \"THE UNITED STATES SAYS THAT IT WANTS "
        "JUSTICE IN EL SALVADOR, BUT IT OBSTRUCTS THE INQUIRY.\" THE BISHOP ALSO DENOUNCED THE UNITED STATES "
        "FOR TAKING THE WITNESS TO THE UNITED STATES. THE THREE TEACHERS WERE MURDERED ON THE MORNING OF "
        "16 NOVEMBER."
    )
    place = event_place(text, published=date(1989, 12, 10))
    assert place is not None and place.country_code == "SV"


def test_a_country_promised_an_inquiry_does_not_place_the_murder() -> None:
    text = (
        _FILED_HERE + "THE GOVERNMENT TODAY PROMISED TO INVESTIGATE THE MURDER OF TWO TEACHERS WHO WERE "
        "MURDERED ON 16 NOVEMBER. THE MINISTER SAID THAT \"THE GOVERNMENT PROMISED SPAIN AND THE WORLD "
        "A THOROUGH INVESTIGATION OF THE MURDER OF THE TEACHERS.\""
    )
    place = event_place(text, published=date(1989, 11, 18))
    assert place is not None and place.country_code == "SV"


def test_a_country_naming_a_government_service_is_an_organisation(gaz) -> None:
    mentions = gaz.spot("The United States Information Service reported that rebels killed the minister.")
    assert mentions and mentions[0].followed_by_org
