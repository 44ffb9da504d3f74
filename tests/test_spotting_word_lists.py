"""The spotter's word lists (type words of areas, link words inside names, border and capital words,
the words between a place and its organisation) are data in resources/gazetteer/spotting.yaml, and
its calendar words come from the dates reader's lexicon. Sentences are our own."""

from __future__ import annotations

from conftest import assert_word_lists
from eventwatch.gazetteer import (
    area_names,
    country_context,
    country_places,
    cued_places,
    get_gazetteer,
    longer_names,
    spot_rules,
    transliterated,
)
from eventwatch.resources import load_yaml

_LISTS = (
    "area_types",
    "area_types_after_alias",
    "surname_links",
    "locatives",
    "region_link_words",
    "lower_articles",
    "inner_name_links",
    "caps_cues",
    "apposition_localities",
    "capital_not_seat",
    "border_words",
    "border_side_words",
    "named_wars",
    "org_qualifiers",
)


def test_the_lists_are_in_spotting_yaml_as_strings() -> None:
    data = load_yaml("gazetteer/spotting.yaml")
    assert_word_lists(*(data[name] for name in _LISTS))


def test_calendar_words_are_the_dates_lexicons_full_names() -> None:
    assert {"monday", "sunday", "may", "september", "december"} <= spot_rules.DATE_WORDS
    assert not {"mar", "sept", "dec"} & spot_rules.DATE_WORDS  # short forms may be places ("Mar del Plata")


def _spotted(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in get_gazetteer().spot(text)]


def test_an_area_type_word_joins_its_name() -> None:
    assert area_names.AREA.search("Rebels shelled Ghazni Sub division overnight.")
    assert area_names.AREA.search("Rebels shelled the Tal Afar Sub-district overnight.")
    assert not area_names.AREA.search("Gunmen robbed the Ghazni district stores.")


def test_a_type_word_after_a_known_area_belongs_to_it() -> None:
    assert ("Swat valley", "place") in _spotted("Gunmen killed two guards in the Swat valley.")


def test_border_words_name_the_other_side() -> None:
    text = "Rebels attacked a post near the Nigerian border."
    at = text.index("Nigerian")
    assert country_context.named_elsewhere(text, at, at + len("Nigerian"), "demonym")
    text = "Shells hit the Turkish border town of Akcakale."
    at = text.index("Turkish")
    assert not country_context.named_elsewhere(text, at, at + len("Turkish"), "demonym")
    text = "Fighting broke out along the frontier with Mali."
    at = text.index("Mali")
    assert country_context.named_elsewhere(text, at, at + len("Mali"))


def test_capital_as_a_seat_and_in_other_senses() -> None:
    assert ("Kenyan capital", "place") in _spotted("The Kenyan capital was calm on Sunday.")
    assert country_places.CAPITAL_AFTER.match(" capital punishment") is None
    assert country_places.CAPITAL_AFTER.match(" capital was calm") is not None


def test_lower_case_articles_and_inner_links_of_names() -> None:
    assert cued_places.LOWER_ARTICLE.match("el-Mansour")
    assert longer_names.NAME_GOES_ON.match(" ez-Zahra")
    assert transliterated.AFTER_LOCATIVE.search("The attack outside Qalat Zawiya left two dead.")
