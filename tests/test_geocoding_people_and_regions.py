"""Which country a short incident note is placed in when the people it names and the places it
names disagree: a people's adjective before a word for a town says where ("a western Ugandan
town"), and a city named like a common word ("Nice") is still spotted in mixed-case text. The
sentences are written for these tests; names of people and villages are invented."""

from __future__ import annotations

from datetime import date

from eventwatch.gazetteer import get_gazetteer
from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(2017, 5, 4)


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def _country(text: str) -> str | None:
    [event] = _events(text)
    return event.location.country_code if event.location is not None else None


def test_a_people_before_a_town_word_says_where() -> None:
    text = "Sudanese gunmen shot dead four traders during a raid on a western Ugandan town."
    assert _country(text) == "UG"


def test_a_people_before_a_town_word_outweighs_the_victims_people() -> None:
    text = "Two Danish aid workers were killed by a roadside bomb near the Malian town of korvalo."
    assert _country(text) == "ML"


def test_a_people_before_a_council_is_no_place() -> None:
    mentions = get_gazetteer().spot("The Ugandan town council met after two Kenyan traders were shot.")
    [ugandan] = [m for m in mentions if m.text == "Ugandan"]
    assert not ugandan.locative


def test_a_mixed_case_nice_is_the_french_city() -> None:
    text = "A man stabbed two soldiers guarding a synagogue in Nice on Tuesday, police said."
    [event] = _events(text)
    assert event.location is not None
    assert (event.location.name, event.location.country_code) == ("Nice", "FR")


def test_a_people_naming_whose_office_is_no_scene_beside_a_town() -> None:
    text = (
        "A grenade exploded outside the Turkish consulate on Monday. Turkish officials said the "
        "Turkish diplomats in Herat and all Turkish citizens were unhurt."
    )
    assert _country(text) == "AF"


def test_a_people_before_a_town_name_keeps_its_namesake_at_home() -> None:
    text = "A mortar shell hit a school in Egyptian Rafah on Sunday, wounding three pupils."
    [event] = _events(text)
    assert event.location is not None
    assert (event.location.feature, event.location.country_code) == ("place", "EG")


def test_a_people_before_a_region_name_places_the_deed_there() -> None:
    text = "Gunmen on motorbikes shot dead two herders near a well in the Malian Mopti region."
    [event] = _events(text)
    assert event.location is not None
    assert (event.location.admin1, event.location.country_code) == ("Mopti", "ML")


def test_a_people_before_a_persons_full_name_is_no_place() -> None:
    # a small namesake town ("Silva" is a Mexican village) after a people's adjective is a surname
    mentions = get_gazetteer().spot("Police said the Mexican Silva had been freed on Friday.")
    assert [m.text for m in mentions if m.kind == "place"] == []


def test_a_country_named_in_a_lakes_name_gives_way_to_the_country_told_as_the_scene() -> None:
    text = "Gunmen killed seven fishermen on an island in Lake Chad in northeastern Cameroon on Monday."
    assert _country(text) == "CM"


def test_a_lake_named_alone_still_tells_its_country() -> None:
    text = "Militants raided a fishing camp beside Lake Chad on Monday, killing four herders."
    assert _country(text) == "TD"
