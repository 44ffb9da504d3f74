"""The extraction rules added after the 0.1 spine: casualties phrased in more ways, background
references, scene-setting dates, the document's town and group, weapons naming the attack, wire
datelines and report sources. Each rule on a sentence's tokens first, then through ``analyse``."""

from __future__ import annotations

from datetime import date

import pytest

from eventwatch.extract.actors import find_actors
from eventwatch.extract.casualties import find_casualties
from eventwatch.extract.dates import find_dates
from eventwatch.extract.targets import find_targets
from eventwatch.extract.triggers import find_triggers
from eventwatch.model import Article
from eventwatch.pipeline import analyse
from eventwatch.text import tokenize

PUBLISHED = "2024-03-14"  # a Thursday


def figures(sentence: str) -> list[tuple]:
    """(effect, value, side, is_part) for each casualty figure of a sentence."""
    return [(f.effect, f.value, f.side, f.is_part) for f in find_casualties(tokenize(sentence))]


def total(sentence: str, effect: str) -> int:
    """What a sentence's figures of one effect add up to, leaving out shares of a total."""
    return sum(f[1] for f in figures(sentence) if f[0] == effect and not f[3])


def only(events: list) -> object:
    violent = [e for e in events if e.is_violent and not e.background]
    assert len(violent) == 1, [e.to_record() for e in events]
    return violent[0]


# --- victims named without a number ------------------------------------------------------------


def test_one_named_victim_in_the_passive_counts_one() -> None:
    assert figures("The mayor of the town was killed on Sunday night.") == [("killed", 1, "civilians", False)]


def test_one_named_victim_as_object_counts_one() -> None:
    assert [(f[0], f[1]) for f in figures("Suspected rebels killed the mayor of a river town.")] == [("killed", 1)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor and his deputy were shot to death in their car.",
        "Pedro Alvarado and Luis Mena were shot to death near their farm.",
    ],
)
def test_two_victims_joined_by_and_count_two(sentence: str) -> None:
    assert total(sentence, "killed") == 2


def test_a_number_before_an_active_verb_counts_the_killers_not_the_dead() -> None:
    assert figures("Several gunmen killed a judge outside the courthouse.") == [("killed", 1, "civilians", False)]
    assert figures("Four gunmen killed two policemen at a checkpoint.") == [("killed", 2, "security_forces", False)]


def test_one_named_victim_through_analyse(analyse_text) -> None:
    event = only(analyse_text("The mayor of Gao was killed on Sunday when gunmen fired at his car.", PUBLISHED))
    assert event.fatalities.best == 1
    assert event.location.name == "Gao"
    assert event.date_start == date(2024, 3, 10)


def test_killers_counted_as_perpetrators_not_fatalities_through_analyse(analyse_text) -> None:
    event = only(analyse_text("Several gunmen killed a judge in Mombasa on Monday.", PUBLISHED))
    assert event.fatalities.best == 1
    assert [a.kind for a in event.perpetrators] == ["unidentified armed group"]


# --- asides, hedges and bare counts ------------------------------------------------------------


def test_aside_with_including_does_not_hide_the_count() -> None:
    assert figures("Three people, including a former delegate, were killed in the market.")[0] == (
        "killed",
        3,
        "civilians",
        False,
    )


def test_aside_with_ages_is_not_a_count() -> None:
    found = figures("Two farmers, aged 25 and 26, were killed by unknown assailants.")
    assert [(f[0], f[1]) for f in found] == [("killed", 2)]


def test_aside_with_among_them_keeps_the_total_and_its_share() -> None:
    found = figures("Twelve people, among them a nurse, were wounded.")
    assert found == [("wounded", 12, "civilians", False), ("wounded", 1, "civilians", True)]


def test_commas_around_most_of_them_do_not_count_twice() -> None:
    assert figures("Thirty people, most of them pupils and teachers, were killed in the raid.") == [
        ("killed", 30, "civilians", False)
    ]


@pytest.mark.parametrize(
    ("sentence", "effect", "value"),
    [
        ("Five soldiers were said to have been killed in the raid.", "killed", 5),
        ("Two policemen were thought to have been wounded.", "wounded", 2),
        ("Six villagers were reported to have been abducted.", "kidnapped", 6),
        ("Four policemen were captured and executed by the rebels.", "killed", 4),
    ],
)
def test_hedged_and_chained_passives(sentence: str, effect: str, value: int) -> None:
    assert [(f[0], f[1]) for f in figures(sentence)] == [(effect, value)]


def test_hedged_passive_through_analyse(analyse_text) -> None:
    event = only(
        analyse_text(
            "Rebels attacked a checkpoint near Kidal on Monday. Five soldiers were said to have been killed.",
            PUBLISHED,
        )
    )
    assert event.fatalities.best == 5
    assert event.fatalities.security_forces == 5


def test_bare_counts_after_active_verbs() -> None:
    found = figures("Militants attacked the post, killing two and wounding five.")
    assert [(f[0], f[1]) for f in found] == [("killed", 2), ("wounded", 5)]
    assert [(f[0], f[1]) for f in figures("The bomb exploded near the market, wounding five.")] == [("wounded", 5)]


def test_bare_count_through_analyse(analyse_text) -> None:
    event = only(
        analyse_text("Militants ambushed a convoy near Kidal on Monday, killing eight soldiers and wounding five.")
    )
    assert (event.fatalities.best, event.injuries.best) == (8, 5)


# --- peoples' names, "of them", "the other" ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    ["The insurgents ambushed a patrol, killing four Iraqis.", "A roadside bomb hit the convoy, killing four Afghans."],
)
def test_a_peoples_name_is_people(sentence: str) -> None:
    assert [(f[0], f[1]) for f in figures(sentence)] == [("killed", 4)]


def test_a_peoples_name_through_analyse(analyse_text) -> None:
    event = only(analyse_text("Gunmen attacked a market in Kano on Monday, killing four Nigerians.", PUBLISHED))
    assert event.fatalities.best == 4


def test_of_them_and_the_other() -> None:
    assert [(f[0], f[1]) for f in figures("Unknown gunmen attacked the guards; 4 of them were killed.")] == [
        ("killed", 4)
    ]
    found = figures("Two guards were killed and the other 2 were wounded.")
    assert [(f[0], f[1]) for f in found] == [("killed", 2), ("wounded", 2)]


def test_wounding_the_other_two_counts_two() -> None:
    assert total("Gunmen stormed the village, killing three farmers and wounding the other two.", "wounded") == 2


def test_wounding_the_other_two_through_analyse(analyse_text) -> None:
    event = only(
        analyse_text(
            "Gunmen stormed a village near Gao on Monday, killing three farmers and wounding the other two.", PUBLISHED
        )
    )
    assert (event.fatalities.best, event.injuries.best) == (3, 2)


# --- present tense and noun phrases ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "effect", "value"),
    [
        ("Gunman assassinates two judges in the capital.", "killed", 2),
        ("Bomb kills four soldiers in the north.", "killed", 4),
        ("A gunman murders two nuns in the north.", "killed", 2),
        ("Militia kidnaps five traders near the border.", "kidnapped", 5),
    ],
)
def test_present_tense_headlines(sentence: str, effect: str, value: int) -> None:
    assert [(f[0], f[1]) for f in figures(sentence)] == [(effect, value)]


def test_present_tense_with_one_victim() -> None:
    assert [(f[0], f[1]) for f in figures("Rebel group assassinates the mayor of a border town.")] == [("killed", 1)]


def test_present_tense_with_one_victim_through_analyse(analyse_text) -> None:
    event = only(analyse_text("Rebel group assassinates the mayor of Gao.", PUBLISHED))
    assert event.attack_type == "Assassination"
    assert event.fatalities.best == 1


@pytest.mark.parametrize(
    ("sentence", "effect", "value"),
    [
        ("Police condemned the murder of three journalists in the capital.", "killed", 3),
        ("The killing of two teachers sparked protests.", "killed", 2),
        ("Residents protested against the abduction of four nurses.", "kidnapped", 4),
    ],
)
def test_casualties_in_noun_phrases(sentence: str, effect: str, value: int) -> None:
    assert [(f[0], f[1]) for f in figures(sentence)] == [(effect, value)]


# --- victims one by one, shares, "others" ------------------------------------------------------


def test_victims_named_one_by_one_each_count() -> None:
    found = figures("The explosion went off at the gate, injuring a guard and a passerby.")
    assert found == [("wounded", 1, "security_forces", False), ("wounded", 1, "civilians", False)]
    assert total("Gunmen opened fire, killing a farmer and a teacher.", "killed") == 2


def test_victims_one_by_one_through_analyse(analyse_text) -> None:
    event = only(analyse_text("Gunmen attacked a checkpoint in Kano on Monday, injuring a guard and a passerby."))
    assert event.injuries.best == 2


def test_a_named_person_and_his_driver_count_two() -> None:
    assert total("Gunmen shot dead Pedro Alvarado and his driver outside his home.", "killed") == 2


def test_shares_listed_after_including_inherit_the_share_mark() -> None:
    found = figures("The ambush killed ten people, including five soldiers, an army officer and a civilian nurse.")
    assert found[0][:2] == ("killed", 10) and not found[0][3]
    assert found[1:] == [
        ("killed", 5, "security_forces", True),
        ("killed", 1, "security_forces", True),
        ("killed", 1, "civilians", True),
    ]


def test_inherited_shares_through_analyse(analyse_text) -> None:
    event = only(
        analyse_text(
            "Militants ambushed a convoy near Kidal on Monday. The ambush killed ten people, including five "
            "soldiers, an army officer and a civilian nurse.",
            PUBLISHED,
        )
    )
    assert event.fatalities.best == 10
    assert (event.fatalities.security_forces, event.fatalities.civilians) == (6, 1)


def test_others_with_the_same_effect_are_other_people() -> None:
    found = figures("Two attackers and twelve others were killed in the assault.")
    assert found == [("killed", 2, "perpetrators", False), ("killed", 12, None, False)]


def test_others_with_another_effect_are_the_same_side() -> None:
    found = figures("One rebel was killed and five others were wounded.")
    assert found == [("killed", 1, "perpetrators", False), ("wounded", 5, "perpetrators", False)]


def test_attackers_and_others_add_up_through_analyse(analyse_text) -> None:
    event = only(
        analyse_text("Gunmen stormed a hotel in Mogadishu on Friday. Two attackers and twelve others were killed.")
    )
    assert (event.fatalities.best, event.fatalities.perpetrators) == (14, 2)


def test_victims_and_attackers_from_two_sentences_add_up(analyse_text) -> None:
    event = only(
        analyse_text(
            "Militants attacked a police post in Kidal on Tuesday, killing four policemen. Six militants were "
            "also killed in the fighting that followed.",
            PUBLISHED,
        )
    )
    assert event.fatalities.best == 10
    assert (event.fatalities.perpetrators, event.fatalities.security_forces) == (6, 4)


# --- events: news verbs, background, scene-setting dates, the document's town -----------------


def test_past_tense_verb_after_the_is_news(analyse_text) -> None:
    events = analyse_text(
        "Gunmen killed two traders in Gao on Monday. The rebels also attacked an army post in Kidal.", PUBLISHED
    )
    assert sorted(e.location.name for e in events if e.is_violent) == ["Gao", "Kidal"]
    kidal = next(e for e in events if e.location.name == "Kidal")
    assert kidal.event_type == "Battles"
    assert not kidal.background


def test_relative_clause_about_an_earlier_event_in_another_town_is_background(analyse_text) -> None:
    events = analyse_text(
        "A car bomb exploded near a beach hotel in Mogadishu on Friday, killing six people. The blast came a "
        "year after the bombings in Kampala, which killed 74 people.",
        PUBLISHED,
    )
    news = only(events)  # the reference is left out by default
    assert news.location.name == "Mogadishu"
    assert news.fatalities.best == 6
    text = (
        "A car bomb exploded near a beach hotel in Mogadishu on Friday, killing six people. The blast came a "
        "year after the bombings in Kampala, which killed 74 people."
    )
    everything = analyse(Article("t", text, published=date(2024, 3, 14)), include_background=True)
    background = [e for e in everything if e.background]
    assert len(background) == 1
    assert background[0].fatalities.best == 74
    assert background[0].date_start is None and background[0].date_precision == "unknown"


def test_relative_clause_about_an_earlier_event_without_a_town_is_not_this_toll(analyse_text) -> None:
    event = only(
        analyse_text(
            "A car bomb exploded near a beach hotel in Mogadishu on Friday, killing six people. The blast came a "
            "year after the market bombings, which killed 74 people.",
            PUBLISHED,
        )
    )
    assert event.fatalities.best == 6


def test_a_sentence_setting_the_date_gives_the_event_its_day(analyse_text) -> None:
    event = only(
        analyse_text(
            "It was shortly before dawn on Tuesday, March 5. Gunmen attacked a bus near Gao, killing nine passengers.",
            PUBLISHED,
        )
    )
    assert event.date_start == date(2024, 3, 5)
    assert event.fatalities.best == 9
    dated = [e.text for e in event.evidence if "date" in e.fields]
    assert dated == ["It was shortly before dawn on Tuesday, March 5."]


def test_event_without_a_place_takes_the_documents_town_nearby(analyse_text) -> None:
    text = (
        "Residents of Maiduguri have lived in fear for months. "
        "Gunmen attacked a bus on Tuesday, killing nine passengers."
    )
    event = only(analyse_text(text, PUBLISHED))
    assert (event.location.name, event.location.country_code, event.location.precision) == ("Maiduguri", "NG", 2)
    located = [e.text for e in event.evidence if "location" in e.fields]
    assert located == ["Residents of Maiduguri have lived in fear for months."]


# --- weapons name the kind of a generic attack -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "event_type", "sub_type"),
    [
        (
            "Militants attacked an army base with rockets in Kidal on Tuesday, killing two soldiers.",
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
        ),
        (
            "Gunmen attacked a police station in Kano on Tuesday with grenades, wounding four officers.",
            "Explosions/Remote violence",
            "Grenade",
        ),
        (
            "Attackers used a bomb to attack a church in Kaduna on Sunday, killing three worshippers.",
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_weapon_names_the_kind_of_a_generic_attack(analyse_text, text: str, event_type: str, sub_type: str) -> None:
    event = only(analyse_text(text, PUBLISHED))
    assert (event.event_type, event.sub_event_type) == (event_type, sub_type)
    assert event.attack_type == "Bombing/Explosion"


def test_an_attack_without_a_weapon_named_stays_an_armed_assault(analyse_text) -> None:
    event = only(analyse_text("Militants attacked an army base in Kidal on Tuesday, killing two soldiers.", PUBLISHED))
    assert event.event_type == "Battles"
    assert event.attack_type == "Armed Assault"


# --- wire datelines and named groups -----------------------------------------------------------


def test_dateline_town_is_only_a_fallback_near_place(analyse_text) -> None:
    # the dateline is never the event's date, nor a place "in" it; an event whose report names no
    # place of its own is put near the town it was filed from (precision 2), with the dateline as
    # the location's evidence
    event = only(
        analyse_text(
            "SAN SALVADOR, 3 JAN 90 -- [TEXT] Guerrillas attacked a military post yesterday, killing two soldiers."
        )
    )
    assert (event.location.name, event.location.country_code, event.location.precision) == ("San Salvador", "SV", 2)
    assert event.date_start == date(1990, 1, 2)
    assert event.fatalities.best == 2
    located = [e for e in event.evidence if "location" in e.fields]
    assert [e.text for e in located] == ["SAN SALVADOR, 3 JAN 90 -- "]
    assert all("date" not in e.fields for e in located)


def test_town_in_the_story_beats_the_dateline(analyse_text) -> None:
    event = only(
        analyse_text(
            "SAN SALVADOR, 3 JAN 90 -- [TEXT] Urban commandos of the FMLN attacked a National Guard post in "
            "Soyapango yesterday, killing two guardsmen."
        )
    )
    assert event.location.name == "Soyapango"
    assert [a.name for a in event.perpetrators] == ["FMLN: Farabundo Marti National Liberation Front"]


@pytest.mark.parametrize(
    "text",
    [
        "BOGOTA, 5 JAN 90 -- [TEXT] The ELN blew up a section of the oil pipeline near Saravena yesterday.",
        "BOGOTA, 5 JAN 90 -- [TEXT] Rebels of the National Liberation Army dynamited an oil pipeline near "
        "Saravena yesterday.",
    ],
)
def test_acronym_alone_or_name_alone_is_reported_acled_style(analyse_text, text: str) -> None:
    event = only(analyse_text(text))
    assert [(a.name, a.kind) for a in event.perpetrators] == [("ELN: National Liberation Army", "rebels")]
    assert event.location.name == "Saravena"


def test_group_named_earlier_in_the_document_is_the_perpetrator_of_guerrillas(analyse_text) -> None:
    event = only(
        analyse_text(
            "SAN SALVADOR, 3 JAN 90 -- [TEXT] The Farabundo Marti National Liberation Front has stepped up its "
            "offensive in the east. Guerrillas attacked a military post in San Miguel yesterday, killing two soldiers."
        )
    )
    assert event.perpetrators[0].name == "FMLN: Farabundo Marti National Liberation Front"
    assert event.location.name == "San Miguel"


def actors(sentence: str, wire_caps: bool = False) -> list[tuple]:
    tokens = tokenize(sentence)
    indices = [t.start_index for t in find_triggers(tokens)]
    return [(a.name, a.named, a.role) for a in find_actors(tokens, indices, wire_caps)]


def test_armed_group_roles() -> None:
    assert actors("The kidnappers said they were members of the ELN.") == [
        ("ELN: National Liberation Army", True, "perpetrator")
    ]
    assert ("FARC: Revolutionary Armed Forces of Colombia", True, "target") in actors(
        "The army attacked the FARC in the jungle on Monday."
    )
    assert ("FMLN: Farabundo Marti National Liberation Front", True, "perpetrator") in actors(
        "The gunmen identified themselves as FMLN."
    )


def test_group_name_in_capitals_is_written_as_the_group_writes_it() -> None:
    named = [a for a in actors("AL-SHABAAB MILITANTS ATTACKED A POLICE POST.", wire_caps=True) if a[1]]
    assert named == [("al-Shabaab", True, "perpetrator")]


# --- report sources and group names are not targets --------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Two traders were shot dead in the market, police said.",
        "Gunmen killed a farmer, according to police.",
        "Gunmen killed a farmer, army sources reported.",
        "Police have confirmed that gunmen killed a farmer.",
    ],
)
def test_who_reports_is_not_a_target(sentence: str) -> None:
    kinds = {t.kind for t in find_targets(tokenize(sentence))}
    assert not kinds & {"police", "military"}


def test_a_police_station_attacked_is_still_a_target() -> None:
    assert [t.gtd_type for t in find_targets(tokenize("Gunmen attacked a police station."))] == ["Police"]


def test_army_in_a_groups_name_is_not_a_military_target(analyse_text) -> None:
    event = only(analyse_text("Rebels of the New People's Army raided a farm near Bacolod on Monday.", PUBLISHED))
    assert "Military" not in event.target_types
    assert event.perpetrators[0].name == "NPA: New People's Army"


def test_police_said_through_analyse(analyse_text) -> None:
    event = only(analyse_text("Gunmen shot dead two traders at a market in Kano on Monday, police said.", PUBLISHED))
    assert "Police" not in event.target_types
    assert event.event_type == "Violence against civilians"


# --- dates and places --------------------------------------------------------------------------


def test_a_weekday_needs_its_capital() -> None:
    def days(sentence: str) -> list[date | None]:
        return [d.value for d in find_dates(sentence, 0, len(sentence), published=date(2024, 3, 14), anchor=None)]

    assert days("Gunmen attacked the market on Sunday.") == [date(2024, 3, 10)]
    assert days("Gunmen attacked the sunday market.") == []
    assert days("GUNMEN ATTACKED THE MARKET ON SUNDAY.") == [date(2024, 3, 10)]


def test_close_to_a_town_is_at_the_town_but_fled_to_is_not(analyse_text) -> None:
    near = only(analyse_text("A car bomb exploded close to Kidal on Monday, killing two soldiers.", PUBLISHED))
    assert near.location.name == "Kidal"
    fled = only(analyse_text("Gunmen fled to Kidal on Monday after killing two soldiers.", PUBLISHED))
    assert fled.location is None or fled.location.name != "Kidal"


# --- protests, follow-up tolls, denials, group names that look like dates --------------------------


def test_a_protest_told_as_news_is_a_protests_event(analyse_text) -> None:
    events = analyse_text("Hundreds of teachers marched in Lusaka on Tuesday to protest unpaid salaries.", "2024-03-14")
    protests = [e for e in events if e.event_type == "Protests"]
    assert len(protests) == 1
    assert protests[0].location.name == "Lusaka"
    assert protests[0].date_start == date(2024, 3, 12)
    assert not protests[0].is_violent


def test_a_follow_up_toll_in_the_lead_is_news_not_background(analyse_text) -> None:
    event = only(
        analyse_text("The death toll from the market bombing in Kano rose to 19, officials said.", "2024-03-14")
    )
    assert event.fatalities.best == 19
    assert not event.background
    assert event.location.name == "Kano"


def test_a_group_denying_involvement_is_not_the_perpetrator(analyse_text) -> None:
    event = only(
        analyse_text(
            "Gunmen shot dead four traders in Jalalabad yesterday. The Taliban denied involvement.", "2024-03-14"
        )
    )
    assert all("Taliban" not in a.name for a in event.perpetrators)
    assert event.fatalities.best == 4


def test_a_group_named_after_a_date_is_not_a_date(analyse_text) -> None:
    event = only(analyse_text("BOGOTA, 5 MAR 90 -- [TEXT] THE 19 APRIL MOVEMENT ATTACKED A POLICE POST IN CALI TODAY."))
    assert event.date_start == date(1990, 3, 5)
    assert [a.name for a in event.perpetrators] == ["M-19: 19 April Movement"]


def test_a_possessive_region_locates_the_event_in_the_place_it_holds(analyse_text) -> None:
    event = only(
        analyse_text("Gunmen killed three shopkeepers in Kandahar's Spin Boldak district on Monday.", "2024-03-14")
    )
    assert event.location.name.lower().startswith("spin boldak")
    assert event.location.country_code == "AF"


def test_a_victims_home_town_is_not_the_event_place(analyse_text) -> None:
    event = only(
        analyse_text(
            "A police officer, 41, of Haifa, was killed when gunmen opened fire on his car near Jenin yesterday.",
            "2024-03-14",
        )
    )
    assert event.location.name == "Jenin"


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Thousands mourned after the assassination of Mayor Ana Ruiz in the port city.", 1),
        ("Police said his chauffeur and one of his guards were killed in the ambush.", 2),
        ("Omar Diallo, one of the four founders of the union, was found dead on Sunday.", 1),
    ],
)
def test_people_named_one_by_one_and_group_sizes(sentence: str, killed: int) -> None:
    figures = find_casualties(tokenize(sentence))
    assert sum(f.value for f in figures if f.effect == "killed") == killed
