"""Gazetteer traps: people's names in wire capitals, capitals of
countries, spellings the scorer reads, regions and districts; sentences written for these tests."""

from __future__ import annotations

from conftest import located
from eventwatch.gazetteer.disambiguate import as_written
from eventwatch.model import Place


def test_surname_after_first_name_in_capitals(gaz):
    found = located(gaz, "LAWYER HUGO PADILLA WAS SHOT AT HIS OFFICE IN CALI, COLOMBIA, ON MONDAY.")
    assert "PADILLA" not in found
    assert found["CALI"].country_code == "CO"


def test_surname_after_first_name_and_one_more_name(gaz):
    text = "COLONEL RAMIRO ORTIZ PADILLA INSPECTED THE TROOPS IN CALI, COLOMBIA."
    assert "PADILLA" not in located(gaz, text)


def test_chain_stops_at_a_verb(gaz):
    found = located(gaz, "MINISTER FERNANDO SAID MEDELLIN WAS CALM. COLOMBIA IS AT PEACE.")
    assert found["MEDELLIN"].country_code == "CO"


def test_name_with_an_age_is_a_person(gaz):
    found = located(gaz, "The driver, Restrepo, 41, was wounded near Cali, Colombia.")
    assert "Restrepo" not in found
    assert found["Cali"].country_code == "CO"


def test_speaker_tag_in_an_interview(gaz):
    text = "WHAT HAPPENED IN COLOMBIA?\n   [PIZARRO] WE WERE IN THE MOUNTAINS FOR A MONTH."
    found = located(gaz, text)
    assert "PIZARRO" not in found and "COLOMBIA" in found


def test_speaker_tag_of_several_words(gaz):
    text = "WHO ATTACKED THE CONVOY?\n   [DEL TORO] THE GUERRILLAS DID, NEAR CALI, COLOMBIA."
    found = located(gaz, text)
    assert "TORO" not in found and found["CALI"].country_code == "CO"


def test_bracket_inside_a_sentence_is_not_a_speaker_tag(gaz):
    text = "THE BOMB WENT OFF [IN PALMIRA] ON TUESDAY, THE COLOMBIAN POLICE SAID."
    assert "PALMIRA" in located(gaz, text)


def test_a_surname_stays_a_surname_in_the_whole_document(gaz):
    text = "UNKNOWN MEN SHOT TEODORO PADILLA IN CALI, COLOMBIA. PADILLA DIED ON THE WAY TO HOSPITAL."
    assert "PADILLA" not in located(gaz, text)


def test_a_surname_written_as_a_place_is_still_a_place(gaz):
    text = "JUDGE ANIBAL VALENCIA WAS IN CARACAS, VENEZUELA. TWO BOMBS WENT OFF IN VALENCIA TODAY."
    found = located(gaz, text)
    assert found["VALENCIA"] is not None and found["VALENCIA"].country_code == "VE"


def test_comrade_is_a_title(gaz):
    found = located(gaz, "WE MOURN OUR COMRADE MADRID, KILLED IN ACTION IN PERU.")
    assert "MADRID" not in found


def test_capital_beats_a_namesake_in_the_dateline_country(gaz):
    # a report filed from Spain about the capital of El Salvador
    text = "MADRID (SPAIN), 3 MAR -- THE FUNERAL WAS HELD IN SAN SALVADOR TODAY. EL SALVADOR MOURNS."
    found = located(gaz, text, focus="ES")
    assert found["SAN SALVADOR"].country_code == "SV"


def test_region_beside_still_beats_the_capital(gaz):
    found = located(gaz, "Farmers were evicted near San Salvador, Jujuy Province, Argentina.")
    assert found["San Salvador"].country_code == "AR"


def test_written_spelling_kept_when_ascii_differs(gaz):
    found = located(gaz, "A roadside bomb hit a minibus in Diyarbakir on Tuesday.")
    place = found["Diyarbakir"]
    assert place.country_code == "TR" and place.name == "Diyarbakir"
    # accents alone: the gazetteer's spelling is kept
    bogota = Place(name="Bogotá", country="Colombia", country_code="CO", feature="place", precision=1)
    assert as_written(bogota, "Bogota", caps=False).name == "Bogotá"


def test_apostrophe_inside_a_name(gaz):
    found = located(gaz, "Shelling was heard across Sana'a overnight.")
    assert found["Sana'a"].country_code == "YE"


def test_region_aliases_with_province(gaz):
    found = located(gaz, "Police posts in Kunar province and Uruzgan Province were attacked.")
    assert found["Kunar province"].country_code == "AF" and found["Kunar province"].feature == "admin1"
    assert found["Uruzgan Province"].feature == "admin1"
    found = located(gaz, "Troops moved into Nineveh on Monday.")
    assert found["Nineveh"].country_code == "IQ"


def test_listed_district_without_type_word(gaz):
    found = located(gaz, "A drone strike in North Waziristan killed three people.")
    area = found["North Waziristan"]
    # placed at its country's point, so only the region is known (precision 3), not "near" it
    assert area.country_code == "PK" and area.precision == 3 and area.geonames_id is None
    assert "Drone" not in found and "A drone" not in found


def test_listed_district_takes_its_type_word(gaz):
    found = located(gaz, "Fighting spread to Sangin district overnight.")
    assert found["Sangin district"].country_code == "AF"


def test_district_placed_by_a_demonym(gaz):
    found = located(gaz, "An Afghan convoy was ambushed in Zebrakhel district.")
    assert found["Zebrakhel district"] is not None and found["Zebrakhel district"].country_code == "AF"


def test_listed_district_ending_a_name_after_two_names(gaz):
    text = "Gunmen shot Tariq Ahmad Orakzai, a retired teacher, outside a mosque in Peshawar, Pakistan."
    found = located(gaz, text)
    assert "Orakzai" not in found
    assert found["Peshawar"].country_code == "PK"


def test_listed_district_right_after_a_first_name(gaz):
    text = "A court in Cairo sentenced Hamid Sohag to ten years over the bombing of a church."
    found = located(gaz, text)
    assert "Sohag" not in found
    assert found["Cairo"].country_code == "EG"


def test_listed_district_after_a_first_name_in_capitals(gaz):
    text = "POLICE SAID MILAD YUSUF SOHAG PLANTED THE BOMB THAT KILLED TWO GUARDS IN CAIRO, EGYPT."
    found = located(gaz, text)
    assert "SOHAG" not in found
    assert found["CAIRO"].country_code == "EG"


def test_hispanic_surnames_after_a_first_name(gaz):
    text = "TROOPS DETAINED FREDDY ROJAS OSPINA AFTER A BOMB WENT OFF NEAR CALI, COLOMBIA."
    found = located(gaz, text)
    assert "OSPINA" not in found
    assert found["CALI"].country_code == "CO"


def test_listed_district_with_its_type_word_stays_a_place(gaz):
    text = "Militants ambushed a convoy near Hamid Mohmand Agency headquarters, killing four soldiers."
    assert "Mohmand Agency" in located(gaz, text)


def test_surname_after_a_less_common_first_name(gaz):
    text = "OLD FARMERS STILL FEAR LEONIDAS TRUJILLO, WHO RULED THE DOMINICAN REPUBLIC FOR DECADES."
    assert "TRUJILLO" not in located(gaz, text)


def test_surname_after_two_names_and_its_bare_repeat_in_mixed_case(gaz):
    text = "Gunmen fired on the car of Narayan Prasad Karki near Biratnagar, Nepal. Karki was unhurt."
    found = located(gaz, text)
    assert "Karki" not in found
    assert found["Biratnagar"].country_code == "NP"
