"""The words inside place names that the gazetteer reads (the Arabic article and the countries whose
names carry it, institution and type words, directions naming units) are data in the new file
resources/gazetteer/names.yaml; the index builder and the spelling skeletons share one list of the
article. Names are our own or generic."""

from __future__ import annotations

from conftest import assert_word_lists
from eventwatch.gazetteer.build import article_free
from eventwatch.gazetteer.iso_units import TYPE_WORD
from eventwatch.gazetteer.skeleton import skeleton
from eventwatch.resources import load_yaml

_KEYS = {
    "arabic_articles",
    "article_countries",
    "institution_words",
    "region_type_words",
    "admin1_type_words",
    "iso_type_words",
    "unit_directions",
}


def test_names_yaml_loads_with_its_keys() -> None:
    data = load_yaml("gazetteer/names.yaml")
    assert set(data) == _KEYS
    assert_word_lists(*data.values())
    assert all(len(code) == 2 and code.isupper() for code in data["article_countries"])


def test_the_article_is_dropped_where_names_carry_it() -> None:
    assert article_free("Al Tarsa", "SY") == "Tarsa"
    assert article_free("Al Tarsa", "FR") is None


def test_skeletons_leave_out_every_form_of_the_article() -> None:
    assert skeleton("En Nahud") == skeleton("Nahud")
    assert skeleton("Ul Tarsaba") == skeleton("Tarsaba")
    assert skeleton("Ash Tarsaba") == skeleton("Tarsaba")


def test_unit_type_words() -> None:
    assert TYPE_WORD.search("Tarso District")
    assert not TYPE_WORD.search("Tarso Districts")
