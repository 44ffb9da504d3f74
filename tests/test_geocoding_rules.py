"""Geocoding rules of the second accuracy round, each with its own sentences and traps."""

from __future__ import annotations

from datetime import date

from conftest import event_place, located
from eventwatch.model import Article, Place
from eventwatch.pipeline import analyse
from eventwatch.resolve.places import country_weight, dominant_country, part_of


def test_a_town_the_data_lacks_after_town_of_is_named_in_the_country_given(gaz) -> None:
    places = located(gaz, "Gunmen shot dead two farmers in the village of Qorvantuk in Cameroon on Monday.")
    town = places["Qorvantuk"]
    assert town is not None and town.name == "Qorvantuk" and town.country_code == "CM"
    # only its country's point is known: precision 3, not "near" the capital
    assert town.precision == 3 and town.geonames_id is None


def test_a_demonym_before_the_locality_word_keeps_the_town_in_its_country(gaz) -> None:
    # Bodo is a Norwegian town too; "Cameroonian town of" says which one is meant
    places = located(gaz, "Two bombers attacked a bus stop in the Cameroonian town of Bodo on Sunday.")
    assert places["Bodo"] is not None and places["Bodo"].country_code == "CM"


def test_a_district_the_data_lacks_is_placed_in_the_region_named_after_it(gaz) -> None:
    places = located(gaz, "A policeman was shot in the Zorbakand district of Helmand province on Friday.")
    district = next(p for name, p in places.items() if name.startswith("Zorbakand"))
    assert district is not None and district.country_code == "AF" and district.admin1 == "Helmand"
    assert district.precision == 2


def test_a_namesake_abroad_yields_to_a_district_in_the_documents_country(gaz) -> None:
    # "Taji" is also a small Chinese place; the text is about Iraq
    places = located(gaz, "A bomb went off in Taji district, north of Baghdad, wounding four people.")
    taji = next(p for name, p in places.items() if name.startswith("Taji"))
    assert taji is not None and taji.country_code == "IQ"


def test_province_of_names_the_region_not_the_town(gaz) -> None:
    places = located(gaz, "Six fighters died in the Dibis district of the disputed Iraqi province of Kirkuk.")
    assert places["Kirkuk"] is not None and places["Kirkuk"].feature == "admin1"


def test_english_names_of_regions(gaz) -> None:
    places = located(gaz, "Militants attacked a camp in North Kivu and a post in Jammu and Kashmir.")
    assert places["North Kivu"].feature == "admin1" and places["North Kivu"].country_code == "CD"
    assert places["Jammu and Kashmir"].feature == "admin1" and places["Jammu and Kashmir"].country_code == "IN"


def test_common_word_names_are_not_places_in_mixed_case(gaz) -> None:
    names = {m.text for m in gaz.spot("Aid came from the Red Cross and the Salvation Army in Aleppo.")}
    assert "Red Cross" not in names and "Aleppo" in names


def test_people_and_organisations_are_not_cued_places(gaz) -> None:
    text = "John Hill District Court heard the case. The Almaty-based consultancy said the Kazakh government agreed."
    mentions = gaz.spot(text)
    assert not any(m.cued for m in mentions)
    assert all(m.text not in ("John Hill", "Hill") for m in mentions)


def test_border_countries_do_not_place_the_event() -> None:
    place = event_place("Gunmen killed six soldiers at a post in Mali near the border with Burkina Faso on Sunday.")
    assert place is not None and place.country_code == "ML"


def test_country_weight_is_nothing_beside_a_border() -> None:
    text = "They attacked a town near the Somali border."
    start = text.index("Somali")
    assert country_weight(text, start, start + 6, "demonym", True) == 0.0
    text = "Soldiers fought in Syria."
    start = text.index("Syria")
    assert country_weight(text, start, start + 5, "country", False) == 1.0


def test_a_landmark_named_after_a_foreign_town_keeps_the_event_in_the_town() -> None:
    place = event_place("Two men were stabbed at Jerusalem's Damascus Gate on Saturday. The attacker was shot.")
    assert place is not None and place.name == "Jerusalem" and place.country_code == "IL"


def test_part_of_keeps_regions_and_drops_foreign_landmarks() -> None:
    balkh = Place(name="Balkh", country="Afghanistan", country_code="AF", feature="admin1", precision=3)
    district = Place(name="Dawlatabad", country="Afghanistan", country_code="AF", feature="place")
    damascus = Place(name="Damascus", country="Syria", country_code="SY", feature="place")
    assert part_of(balkh, district) and not part_of(balkh, damascus) and part_of(None, damascus)


def test_a_neighbourhood_is_coded_to_its_town() -> None:
    place = event_place("A car bomb killed five people in Zayouna, a neighbourhood of Baghdad, on Monday.")
    assert place is not None and place.name == "Baghdad"


def test_a_route_gives_the_place_when_nothing_else_does() -> None:
    place = event_place("A bomb exploded on a train travelling from Moscow to Saint Petersburg, killing three people.")
    assert place is not None and place.country_code == "RU" and place.precision == 2


def test_fled_to_is_not_a_route_start() -> None:
    events = analyse(
        Article(doc_id="t", text="Gunmen fled to Gao on Monday after killing two soldiers.", published=date(2015, 3, 2))
    )
    assert all(e.location is None or e.location.name != "Gao" for e in events)


def test_went_to_syria_does_not_move_the_attack() -> None:
    place = event_place("A gunman who had gone to Syria opened fire on police in Aktobe on Sunday, killing two.")
    assert place is not None and place.name == "Aktobe"


def test_a_report_filed_abroad_is_about_the_country_its_text_names() -> None:
    text = (
        "MEXICO CITY (MEXICO), 7 JUN 90 (NOTIMEX) -- [TEXT] GUERRILLAS ATTACKED AN ARMY POST IN SAN SALVADOR "
        "TODAY. SALVADORAN SOLDIERS FOUGHT THE REBELS IN SAN SALVADOR AND SOYAPANGO. THE EL SALVADOR ARMY SAID "
        "THREE SOLDIERS WERE KILLED IN SAN SALVADOR."
    )
    place = event_place(text)
    assert place is not None and place.country_code == "SV"


def test_dominant_country_needs_clear_evidence() -> None:
    assert dominant_country([("SV", 1.0), ("SV", 1.0), ("SV", 1.0), ("MX", 0.0)], "MX") == "SV"
    assert dominant_country([("SV", 1.0), ("MX", 1.0)], "MX") is None
    assert dominant_country([("SV", 1.0), ("SV", 1.0), ("SV", 1.0)], None) is None


def test_an_article_before_a_country_is_no_part_of_a_longer_name(gaz) -> None:
    mentions = gaz.spot("A Kenya police reservist was shot dead at a checkpoint.")
    assert [m.country_code for m in mentions] == ["KE"]


def test_a_country_ending_an_organisations_name_does_not_place_the_event(gaz) -> None:
    mentions = gaz.spot("Gunmen from the Popular Front for the Liberation of Palestine hijacked a plane over Crete.")
    palestine = next(m for m in mentions if m.text == "Palestine")
    assert palestine.followed_by_org
    plain = gaz.spot("A bomb exploded in Israel on Monday.")
    assert not plain[0].followed_by_org


def test_a_village_in_a_district_carries_the_district_as_admin2() -> None:
    place = event_place(
        "Gunmen shot dead three Indian farmers in the village of Qorvantuk in Budgam district on Monday."
    )
    assert place is not None and place.name == "Qorvantuk" and place.admin2 == "Budgam district"


def test_an_area_near_a_town_is_coded_to_the_town() -> None:
    place = event_place("A roadside bomb killed two soldiers in the Zarbandi area, south of Baghdad, on Monday.")
    assert place is not None and place.name == "Baghdad"


def test_another_transliteration_after_in_finds_the_town(gaz) -> None:
    places = located(gaz, "A car bomb killed nine people at a market in Baqouba, Iraq.")
    assert places["Baqouba"] is not None and places["Baqouba"].geonames_id is not None
    assert places["Baqouba"].country_code == "IQ"
    # a capitalised run is one name: "Parsons Green station" does not yield "Parsons"
    assert "Parsons" not in located(gaz, "A bomb went off in Parsons Green station, London.")


def test_skeletons_merge_spellings_but_not_short_names() -> None:
    from eventwatch.gazetteer.skeleton import similar_spelling, skeleton

    assert skeleton("Hawija") == skeleton("Al Ḩawījah")
    assert skeleton("Talafar") == skeleton("Tall ‘Afar")
    assert skeleton("Baqouba") == skeleton("Baqubah")
    assert skeleton("Gao") is None
    assert similar_spelling("Baqouba", "Baqubah") and not similar_spelling("Baqouba", "Bukoba")


# --- third round: armed groups of one country, "the X capital", bare names after "in" ---


def test_a_group_fighting_in_one_country_gives_the_country_when_no_other_is_named() -> None:
    place = event_place("Taliban fighters stormed a police post in Qolbarzuk on Monday, killing six officers.")
    assert place is not None and place.country_code == "AF"
    assert place.name == "Qolbarzuk" and place.precision == 3 and place.geonames_id is None


def test_a_group_alone_gives_at_least_the_country() -> None:
    place = event_place("Boko Haram gunmen killed nine villagers and burned their houses on Monday.")
    assert place is not None and place.country_code == "NG" and place.precision == 3


def test_a_country_named_in_the_text_beats_the_groups_country(gaz) -> None:
    text = "Boko Haram fighters killed four herders near the village of Dulvarkame in northern Cameroon."
    places = located(gaz, text)
    assert places["Dulvarkame"] is not None and places["Dulvarkame"].country_code == "CM"
    assert places["Boko Haram"] is not None and places["Boko Haram"].feature == "country"


def test_a_group_name_holding_a_place_name_is_no_place(gaz) -> None:
    mentions = gaz.spot("Militants of the Kurdistan Workers' Party attacked a convoy.")
    assert [m.kind for m in mentions] == ["group"]
    assert mentions[0].country_code == "TR"


def test_the_kenyan_capital_is_its_capital_city(gaz) -> None:
    places = located(gaz, "A grenade exploded outside a church in the Kenyan capital on Sunday, wounding five.")
    capital = places["Kenyan capital"]
    assert capital is not None and capital.country_code == "KE" and capital.name == "Nairobi"
    assert capital.precision == 1


def test_the_capital_named_next_is_left_to_its_own_name(gaz) -> None:
    mentions = gaz.spot("Two men threw a grenade in Kaisarovo, a suburb of the Greek capital Athens.")
    kinds = {m.text: m.kind for m in mentions}
    assert kinds.get("Greek") == "demonym" and "Athens" in kinds
    assert "capital punishment" not in {m.text for m in gaz.spot("Iraq's capital punishment law was changed.")}


def test_a_bare_name_after_in_waits_for_a_country_and_for_no_other_place() -> None:
    # no country is known: the name is kept as written, and no country or point is invented
    events = analyse(
        Article(doc_id="t", text="A bomb exploded in Qolbarzuk on Monday, killing six.", published=date(2015, 3, 2))
    )
    named = [e.location for e in events if e.location is not None and e.location.name == "Qolbarzuk"]
    assert named and all(p.country_code == "" and p.lat is None for p in named)
    # a known town in the text is the place; the bare name is not added beside it
    place = event_place("Taliban fighters attacked Kandahar on Monday and then camped in Qolbarzuk, killing six.")
    assert place is not None and place.name != "Qolbarzuk" and place.country_code == "AF"


def test_a_settlement_geonames_files_under_israel_is_coded_to_the_west_bank(gaz) -> None:
    places = located(gaz, "A gunman opened fire at a bus stop near the settlement of Ofra, wounding two.")
    assert places["Ofra"] is not None and places["Ofra"].country_code == "PS"
    assert places["Ofra"].admin1 == "West Bank"
    # a town inside the armistice line, and Jerusalem itself, stay in Israel
    assert located(gaz, "A bomb exploded in Tel Aviv.")["Tel Aviv"].country_code == "IL"
    assert located(gaz, "A man was stabbed in Jerusalem.")["Jerusalem"].country_code == "IL"


# --- third round: containers written beside a town, villages coded to their town, town words ---


def test_a_town_written_before_its_country_keeps_both(gaz) -> None:
    places = located(gaz, "Two bombers blew themselves up at a busy market in Madagali Nigeria on Friday.")
    assert places["Madagali"] is not None and places["Madagali"].country_code == "NG"
    assert places["Nigeria"] is not None and places["Nigeria"].feature == "country"
    place = event_place("Two bombers blew themselves up at a busy market in Madagali Nigeria on Friday, killing six.")
    assert place is not None and place.name == "Madagali" and place.precision == 1


def test_a_town_written_before_a_region_of_its_country(gaz) -> None:
    places = located(gaz, "Gunmen torched a police post in Gwoza Borno overnight.")
    assert places["Gwoza"] is not None and places["Gwoza"].country_code == "NG"


def test_a_direction_before_a_country_is_no_region_elsewhere(gaz) -> None:
    # "Southwest" names a region of Burkina Faso, but written before Cameroon it is a direction
    place = event_place("A trader was shot dead at Buea, Southwest Cameroon, by unknown gunmen on Tuesday.")
    assert place is not None and place.name == "Buea" and place.country_code == "CM"


def test_a_person_named_like_a_country_still_needs_a_town_before_it(gaz) -> None:
    # the trap: a capitalised word before a country that is no town of it does not keep the country
    text = "The driver, Abdel Nigeria, was unhurt when the bomb went off in Kano."
    assert all(m.text != "Nigeria" for m in gaz.spot(text))
    places = located(gaz, text)
    assert places["Kano"] is not None and places["Kano"].country_code == "NG"


def test_a_village_before_its_town_carries_the_town_as_admin2() -> None:
    place = event_place("Gunmen killed four herders in the village of Dongarawa, Guyuk, Adamawa State on Sunday.")
    assert place is not None and place.admin2 == "Guyuk" and place.country_code == "NG"


def test_two_distant_towns_in_a_list_are_not_one_inside_the_other() -> None:
    place = event_place("Bombs exploded in Kano, Maiduguri and Yola on Sunday, killing nine.")
    assert place is not None and place.name == "Kano" and place.admin2 is None


def test_an_unlisted_village_near_a_town_is_coded_to_the_town() -> None:
    place = event_place("Four soldiers died when gunmen attacked the village of Tumbaraka, near Bosso, on Monday.")
    assert place is not None and place.name == "Bosso" and place.precision == 2


def test_a_village_at_a_stated_distance_from_a_town_keeps_its_own_name() -> None:
    place = event_place("A bomber struck a checkpoint in the town of Qalbarra, 90 km east of Sirte, killing four.")
    assert place is not None and place.name == "Qalbarra" and place.country_code == "LY"


def test_a_place_written_as_a_municipality_beats_a_company_named_like_a_town() -> None:
    place = event_place(
        "A bomb exploded on 3 August at a branch of Banco Popular, on 50th Street, Itagui municipality, "
        "wounding nine people in Colombia."
    )
    assert place is not None and place.name.startswith("Itag")


def test_the_only_town_a_report_names_places_it_roughly_even_after_to() -> None:
    place = event_place("Four guards were shot dead at a pumping station some 25 kilometres from western Kirkuk.")
    assert place is not None and place.name == "Kirkuk" and place.precision == 2


def test_two_towns_named_only_as_destinations_place_nothing() -> None:
    # the trap: with two candidate towns and no "in", neither is where the attack happened
    events = analyse(
        Article(
            doc_id="t",
            text="A bomb exploded on a bus travelling to Kirkuk that had been diverted to Erbil, killing three.",
            published=date(2015, 3, 2),
        )
    )
    assert events
    assert all(e.location is None or e.location.feature != "place" for e in events)


def _wire_place(text: str) -> Place | None:
    events = analyse(Article(doc_id="t", text=text, published=date(1989, 12, 9)))
    assert events, text
    return events[0].location


def test_a_wire_town_known_only_abroad_takes_the_department_written_beside_it(gaz) -> None:
    # El Triunfo lies in Honduras and Mexico in the data; the report's own department places it,
    # even with the name broken over a line
    text = (
        "SAN SALVADOR, 9 DEC 89 (RADIO REPORT) -- [TEXT] LAST NIGHT A GROUP OF REBELS RAIDED THE EL\n"
        "TRIUNFO POLICE STATION, SAN MIGUEL DEPARTMENT, AND KILLED TWO GUARDS.\n"
    )
    mentions = gaz.spot(text)
    places = [p for p in gaz.resolve(mentions, text, focus_country="SV") if p is not None]
    town = next(p for p in places if p.name == "El Triunfo")
    assert town.country_code == "SV" and town.admin1 == "San Miguel"
    assert town.geonames_id is None and town.precision == 2


def test_a_wire_name_known_only_abroad_with_no_region_beside_it_is_no_town(gaz) -> None:
    # the trap: without a department beside it, the hamlet abroad is not made a local town
    text = "SAN SALVADOR, 9 DEC 89 (RADIO REPORT) -- [TEXT] THE EL TRIUNFO TEAM WON THE CUP YESTERDAY.\n"
    mentions = gaz.spot(text)
    places = gaz.resolve(mentions, text, focus_country="SV")
    assert all(p is None or p.name != "El Triunfo" for p in places)


def test_a_surname_after_the_city_of_in_capitals_is_the_town() -> None:
    place = _wire_place(
        "GUATEMALA CITY, 4 FEB 90 (RADIO REPORT) -- [TEXT] REBELS SHOT DEAD A SHOPKEEPER YESTERDAY IN THE "
        "CITY OF FLORES, IN PETEN DEPARTMENT.\n"
    )
    assert place is not None and place.name == "Flores" and place.country_code == "GT"


def test_a_cued_wire_town_whose_namesake_lies_abroad_is_a_town_of_the_report_country() -> None:
    place = _wire_place(
        "AYACUCHO, 28 JAN 90 (RADIO REPORT) -- [TEXT] ON 26 JANUARY GUERRILLAS KILLED THREE PEASANTS IN THE "
        "TOWNSHIP OF CAMPINA, 45 KM SOUTH OF AYACUCHO.\n"
    )
    assert place is not None and place.name.upper() == "CAMPINA" and place.country_code == "PE"


def test_a_cued_wire_town_stays_abroad_when_the_text_names_its_country(gaz) -> None:
    # the trap: the report names Spain, so the Spanish Campiña is meant
    text = (
        "LIMA, 28 JAN 90 (RADIO REPORT) -- [TEXT] SPAIN REPORTED THAT A BOMB KILLED TWO POLICEMEN IN THE "
        "TOWNSHIP OF CAMPINA YESTERDAY.\n"
    )
    mentions = gaz.spot(text)
    places = dict(zip([m.text for m in mentions], gaz.resolve(mentions, text, focus_country="PE"), strict=True))
    assert places["CAMPINA"] is not None and places["CAMPINA"].country_code == "ES"


def test_a_building_after_a_cue_word_is_no_town(gaz) -> None:
    text = "LA PAZ, 3 MAR 91 (RADIO FIDES) -- [TEXT] REBELS BLEW UP THE TOWN HALL, ORURO DEPARTMENT, LAST NIGHT."
    assert not any(m.text.upper() == "HALL" for m in gaz.spot(text))
    place = event_place(text)
    assert place is not None and place.name != "Hall" and place.country_code == "BO"


def test_the_halls_of_a_parliament_are_no_town(gaz) -> None:
    text = "Protesters marched through the halls of parliament before soldiers shot two of them in Bamako."
    assert not any(m.text.lower() == "halls" for m in gaz.spot(text))


def test_a_lower_case_demonym_names_its_country(gaz) -> None:
    mentions = gaz.spot("Three soldiers of the burkinabe army died when gunmen ambushed a convoy.")
    assert [(m.kind, m.country_code) for m in mentions] == [("demonym", "BF")]
    place = event_place("Three soldiers of the peruvian army died when guerrillas ambushed their patrol.")
    assert place is not None and place.country_code == "PE" and place.precision == 3


def test_lower_case_words_that_are_also_peoples_stay_words(gaz) -> None:
    assert gaz.spot("Workers polish the french windows of the hotel every week.") == []


def test_the_owner_of_a_border_is_the_events_country() -> None:
    text = "Separatist gunmen killed four farmers along Chad's border with Sudan on Monday."
    assert country_weight(text, text.index("Chad"), text.index("Chad") + 4, "country", False) == 1.0
    place = event_place(text)
    assert place is not None and place.country_code == "TD"


def test_a_region_after_the_border_country_is_where_it_happened() -> None:
    place = event_place("Bandits killed six herders near the border with Niger in Zamfara on Sunday.")
    assert place is not None and place.country_code == "NG" and place.admin1 == "Zamfara"


def test_the_bare_capital_of_a_one_country_report_is_its_capital() -> None:
    text = "A car bomb exploded in the capital on Friday, killing nine people. The Afghan army blamed the Taliban."
    place = event_place(text)
    assert place is not None and place.name == "Kabul" and place.precision == 1


def test_the_capital_followed_by_a_name_is_left_to_that_name() -> None:
    place = event_place("A car bomb exploded in the capital Kandahar on Friday, killing nine Afghan soldiers.")
    assert place is not None and place.name != "Kabul"


# --- fourth round: origins and neighbours, peoples beside a group ---


def test_a_country_named_as_origin_does_not_place_the_event() -> None:
    text = (
        "Militants who crossed over from Afghanistan attacked a checkpoint in Quetta on Monday, killing three soldiers."
    )
    place = event_place(text)
    assert place is not None and place.country_code == "PK" and place.name == "Quetta"


def test_an_origin_does_not_pull_an_unknown_village_abroad() -> None:
    text = (
        "Fighters who came from Nigeria killed ten villagers in the village of Kwarzandi "
        "in the Diffa Region on Tuesday."
    )
    place = event_place(text)
    assert place is not None and place.country_code == "NE"


def test_a_possessive_after_near_still_names_the_country(gaz) -> None:
    mentions = gaz.spot("Gunmen attacked a bus near Nigeria's border with Chad.")
    nigeria = next(m for m in mentions if m.text == "Nigeria")
    assert not nigeria.elsewhere


def test_an_origin_alone_still_gives_the_country() -> None:
    # with nothing else named, the only country is better than no place at all
    place = event_place("Fighters from Somalia killed four soldiers in an ambush on Monday.")
    assert place is not None and place.country_code == "SO" and place.precision == 3


def test_a_group_places_a_town_when_only_a_people_is_named() -> None:
    text = "Al-Shabaab fighters ambushed Ethiopian troops near Qoryaweyn on Sunday, killing five soldiers."
    place = event_place(text)
    assert place is not None and place.country_code == "SO"


def test_in_capitals_a_cued_town_name_ends_before_a_preposition() -> None:
    # "THE CITY OF X REGARDING ...": the preposition is no part of the town's name
    text = (
        "TWO WIDOWS HAVE GONE TO A JUDGE IN THE PERUVIAN CITY OF AREQUIPA REGARDING THE "
        "KILLING OF 12 FARMERS BY TROOPS ON 14 MAY."
    )
    place = event_place(text, date(1988, 5, 20))
    assert place is not None and place.name == "Arequipa"
