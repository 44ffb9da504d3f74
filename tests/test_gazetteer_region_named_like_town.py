"""A town with its region written after it, where the region's name is also a larger town abroad
("Remedios, Antioquia": Antakya was once Antioch): the region holds the town."""

from __future__ import annotations

from conftest import located
from eventwatch.model import Article
from eventwatch.pipeline import analyse


def test_the_region_after_the_comma_picks_the_town_inside_it(gaz) -> None:
    places = located(gaz, "Guerrillas burned a truck on a road in Remedios, Antioquia, on Sunday.")
    assert places["Remedios"] is not None and places["Remedios"].country_code == "CO"
    assert places["Remedios"].admin1 == "Antioquia"


def test_the_event_is_placed_in_that_country() -> None:
    text = "Gunmen killed three farmers at a ranch in the municipality of Remedios, Antioquia."
    events = analyse(Article(doc_id="t", text=text))
    assert events and events[0].location is not None
    assert events[0].location.country_code == "CO" and events[0].location.name == "Remedios"


def test_a_list_of_towns_stays_a_list(gaz) -> None:
    places = located(gaz, "Bombs went off in Mosul, Baghdad and Basra on Friday.")
    assert places["Mosul"] is not None and places["Mosul"].country_code == "IQ"
    assert places["Baghdad"] is not None and places["Baghdad"].name == "Baghdad"
