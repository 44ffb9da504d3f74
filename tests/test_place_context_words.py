"""The words around a place name that say whether it is where the event happened (movement, a
distance measured from it, "X-backed", a part of a town, the unit holding it) are data in
resources/gazetteer/spotting.yaml, shared by the spotter and resolve/places.py. Sentences are our own."""

from __future__ import annotations

from conftest import assert_word_lists
from eventwatch.extract.casualties import find_casualties
from eventwatch.gazetteer import disambiguate
from eventwatch.resolve import places
from eventwatch.resources import alternation, load_yaml
from eventwatch.text import tokenize

_LISTS = (
    "movement_before",
    "measured_from",
    "beside_before_to",
    "quarter_words",
    "part_words",
    "directions",
    "holding_units",
    "part_before_comma",
    "vague_parts",
    "named_units",
    "hyphen_not_where",
)


def test_the_lists_load_as_strings() -> None:
    data = load_yaml("gazetteer/spotting.yaml")
    assert_word_lists(*(data[name] for name in _LISTS))


def test_an_alternation_keeps_the_listed_order_and_spaces_match_white_space() -> None:
    listed = ["local government area", "lga", "sub-district"]
    assert alternation(listed) == r"local\s+government\s+area|lga|sub\-district"


def _usable(text: str, name: str) -> bool:
    at = text.index(name)
    return places.is_usable(text, at, at + len(name), "country", False)[0]


def test_a_country_behind_something_is_not_where_it_happened() -> None:
    assert not _usable("Fighters of an Iran-backed militia shelled the base.", "Iran")
    assert not _usable("Fighters of an Iran-linked militia shelled the base.", "Iran")  # the one list of the spotter
    assert _usable("Fighters shelled the base in Iran on Monday.", "Iran")


def test_movement_and_distance_words_before_a_place() -> None:
    assert not _usable("The gunmen fled to Iran after the attack.", "Iran")
    assert not _usable("The blast hit a post 20 km from Tarso.", "Tarso")
    assert _usable("The gunmen attacked a post next to Tarso.", "Tarso")


def test_a_place_and_the_unit_holding_it() -> None:
    assert places.container_relation(" district, western ") == "in"
    assert places.container_relation(" in the local government area of ") == "in"
    assert places.container_relation(" in the Sub-district of ") == "in"
    assert places.container_relation(", 20 km north of ") == "near"
    assert places.container_relation(" and ") is None


def test_one_list_of_distance_units() -> None:
    units = load_yaml("text/numbers_en.yaml")["distance_units"]
    assert {"km", "miles", "meters"} <= set(units)
    assert "distance_units" not in load_yaml("extract/casualty_words_en.yaml")
    # the same units place something near a town and keep a distance from counting people
    assert places.container_relation(", 800 meters north of ") == "near"
    assert disambiguate._DISTANCE_GAP.match(", 500 meters from the ")
    figures = find_casualties(tokenize("Two soldiers were killed 300 yards from the station."))
    assert [(f.effect, f.value) for f in figures] == [("killed", 2)]


def test_disambiguation_words_load_as_strings() -> None:
    data = load_yaml("gazetteer/spotting.yaml")
    names = ("trailing_generic", "town_words", "unit_words_after", "part_before_region", "part_before_region_comma")
    assert_word_lists(*(data[name] for name in names))
    assert disambiguate._TRAILING_GENERIC.sub("", "Tarso municipality") == "Tarso"
