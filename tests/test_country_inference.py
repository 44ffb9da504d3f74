"""The country of a place when the text names one country, or only a clue to it."""

from __future__ import annotations

from conftest import event_place, located


def test_namesake_inside_the_named_country(gaz) -> None:  # type: ignore[no-untyped-def]
    places = located(gaz, "Gunmen fired on a patrol in San Lorenzo, in the north of Ecuador, wounding two officers.")
    assert places["San Lorenzo"].country_code == "EC"


def test_small_namesake_abroad_yields_to_the_named_country(gaz) -> None:  # type: ignore[no-untyped-def]
    text = "Militants killed four villagers in Momo and burnt their huts, in western Cameroon."
    place = located(gaz, text)["Momo"]
    assert place.country_code == "CM" and place.geonames_id is None and place.precision == 3


def test_country_named_as_neighbour_moves_nothing(gaz) -> None:  # type: ignore[no-untyped-def]
    places = located(gaz, "An attack in Momo on the border with Cameroon left three people dead.")
    assert places["Momo"] is None or places["Momo"].country_code != "CM" or places["Momo"].geonames_id is None


def test_country_name_used_for_a_town_moves_nothing(gaz) -> None:  # type: ignore[no-untyped-def]
    places = located(gaz, "Robbers shot a bank guard in Benin City, the capital of Edo State, on Monday.")
    assert places["Edo State"].country_code == "NG"


def test_event_in_the_named_country() -> None:
    place = event_place(
        "A car bomb exploded outside the town hall of San Lorenzo in northern Ecuador, wounding five soldiers."
    )
    assert place is not None and place.country_code == "EC"


def test_province_the_data_lacks_tells_its_country(gaz) -> None:  # type: ignore[no-untyped-def]
    place = located(gaz, "Gunmen killed two herders near a well in the Oudalan Province on Sunday.")["Oudalan Province"]
    assert place is not None and place.country_code == "BF" and place.precision == 3
    assert place.admin2 == "Oudalan" and place.geonames_id is None


def test_province_word_prefers_the_unit_to_a_village_abroad(gaz) -> None:  # type: ignore[no-untyped-def]
    place = located(gaz, "Two gendarmes were wounded when their truck hit a mine in Soum Province.")["Soum Province"]
    assert place.country_code == "BF"


def test_a_direction_alone_names_no_unit() -> None:
    from eventwatch.gazetteer.subdivisions import unit_for

    assert unit_for("Southern District") is None
    assert unit_for("Haut-Uele") is not None and unit_for("Haut-Uele").cc == "CD"  # type: ignore[union-attr]


def test_conflict_towns_the_data_lacks_tell_their_country(gaz) -> None:  # type: ignore[no-untyped-def]
    places = located(gaz, "A car bomb went off at a checkpoint outside Hawija on Friday, killing three.")
    assert places["Hawija"].country_code == "IQ"
    places = located(gaz, "Two girls blew themselves up at a market in Fotokol, wounding nine traders.")
    assert places["Fotokol"].country_code == "CM"
    places = located(gaz, "Gunmen shot dead a shopkeeper in Maungdaw township late on Tuesday.")
    assert places["Maungdaw"].country_code == "MM"
    places = located(gaz, "Three shepherds were found shot dead in the Hamrin Mountains on Sunday.")
    assert places["Hamrin Mountains"].country_code == "IQ"


def test_short_department_name_of_colombia(gaz) -> None:  # type: ignore[no-untyped-def]
    places = located(gaz, "FARC rebels attacked the police post of Bugalagrande (Valle) at dawn, killing two agents.")
    assert places["Valle"].country_code == "CO"


def test_words_of_faiths_and_institutions_are_no_places(gaz) -> None:  # type: ignore[no-untyped-def]
    places = located(gaz, "A grenade was thrown into a Christian shop near the Tel Aviv Museum of Art.")
    assert "Christian" not in places and "Art" not in places
    places = located(gaz, "Fighters of the Moro Islamic Liberation Front clashed with soldiers in Sulu.")
    assert "Moro" not in places


def test_country_behind_something_is_not_where_it_happens(gaz) -> None:  # type: ignore[no-untyped-def]
    mentions = gaz.spot("Two UAE-backed fighters were killed by a roadside bomb in Zinjibar.")
    uae = next(m for m in mentions if m.text == "UAE")
    assert uae.followed_by_org
    places = located(gaz, "A Saudi-led strike hit a wedding in the district of Al Houta, killing nine guests.")
    assert places["Al Houta"].country_code == "YE"


def test_listed_conflict_town_outweighs_a_small_namesake_abroad(gaz) -> None:  # type: ignore[no-untyped-def]
    places = located(gaz, "A roadside bomb struck a police patrol in Taji, north of the capital, wounding three.")
    assert places["Taji"].country_code == "IQ"


def test_district_word_keeps_a_city_abroad_out(gaz) -> None:  # type: ignore[no-untyped-def]
    places = located(gaz, "Militants blew up a school in the Safi tehsil of the tribal belt in Pakistan.")
    assert places["Safi"].country_code == "PK"


def test_city_abroad_known_by_an_alternate_name_yields(gaz) -> None:  # type: ignore[no-untyped-def]
    places = located(gaz, "Two soldiers died when a mine exploded near Rouse, a hamlet in northern Syria.")
    assert places["Rouse"].country_code == "SY"


def test_region_of_one_country_names_it(gaz) -> None:  # type: ignore[no-untyped-def]
    places = located(gaz, "A roadside bomb killed two police officers near Rouse in Helmand province.")
    assert places["Rouse"].country_code == "AF"


def test_listed_town_outweighs_a_people(gaz) -> None:  # type: ignore[no-untyped-def]
    places = located(gaz, "Three Turkmen shopkeepers were shot dead in the town of Tuz Khormato on Monday evening.")
    assert places["Tuz Khormato"].country_code == "IQ"


def test_news_agency_and_borders_name_no_place(gaz) -> None:  # type: ignore[no-untyped-def]
    text = "Mortar shells hit a school in the province, on the borders with Syria, the state-run Anadolu Agency said."
    mentions = {m.text: m for m in gaz.spot(text)}
    assert "Anadolu Agency" not in mentions and "Anadolu" not in mentions
    assert mentions["Syria"].elsewhere


def test_area_names_match_longest_first() -> None:
    import re

    from eventwatch.gazetteer.name_trie import trie_pattern

    pattern = re.compile(r"\b(?:" + trie_pattern(["waziristan", "north waziristan", "tal afar", "tal"]) + r")\b", re.I)
    found = [m.group(0) for m in pattern.finditer("Raids in North  Waziristan, Tal Afar and Tal; not Talbiseh.")]
    assert found == ["North  Waziristan", "Tal Afar", "Tal"]
