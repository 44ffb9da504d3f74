"""Phrasings of events and casualties: historical-present reporting ("militants bomb the
station"), counted plural events, stage cues that are not modals ("11 May", "No 2"), more ways of
telling casualties, and new event words. Sentences are our own."""

from __future__ import annotations

import pytest

from conftest import totals, violent
from eventwatch.extract.casualties import find_casualties
from eventwatch.extract.triggers import find_triggers
from eventwatch.text import tokenize

PUBLISHED = "2021-05-20"


def stages(sentence: str) -> list[tuple[str, str]]:
    return [(t.kind, t.stage) for t in find_triggers(tokenize(sentence))]


# --- casualties -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Four soldiers die in the ambush.", {"killed": 4}),
        ("Two villagers dies when the mine exploded.", {"killed": 2}),
        ("Forty passengers lost their lives aboard the ship after it was set on fire.", {"killed": 40}),
        ("A guard was killed and another three were injured at the gate.", {"killed": 1, "wounded": 3}),
        ("The gunmen killed four workers and wounded another 11.", {"killed": 4, "wounded": 11}),
        ("Three farmers from the hill village of Tarsa were shot dead on the road.", {"killed": 3}),
        ("Two pupils were left wounded when shells fell on the school.", {"wounded": 2}),
        ("Nine police sustained injuries and two suffered bullet wounds.", {"wounded": 11}),
        ("The raiders shot and killed three market traders.", {"killed": 3}),
        ("A car bomb went off near the bank leaving one death and five injured.", {"killed": 1, "wounded": 5}),
        ("A man stabbed two commuters at the station.", {"wounded": 2}),
        (
            "Nine people, three of them women, were killed and 35, mostly pupils, wounded.",
            {"killed": 9, "wounded": 35},
        ),
        ("Three guards who were in the truck were killed by the blast.", {"killed": 3}),
        ("Four members of a Border Police (BP) rural mobile patrol unit were shot and killed.", {"killed": 4}),
        ("Two officers belonging to the district unit, were killed by a roadside bomb.", {"killed": 2}),
        ("The pair stormed a dinner, fatally shooting 9 people and injuring 12 others.", {"killed": 9, "wounded": 12}),
        ("Fighters raided the hamlet, slaughtering five herders.", {"killed": 5}),
        ("Five persons, three farmers and two customs officers, were killed.", {"killed": 5}),
        ("Eight guards, including three soldiers were killed and 15 others were hurt.", {"killed": 8, "wounded": 15}),
        (
            "At least 19 people, including three members of the security forces and 16 villagers, died in the raid.",
            {"killed": 19},
        ),
        ("The militia killed five policemen, while 7 Taliban were killed in the gun battle.", {"killed": 12}),
        ("A drive-by shooting left one settler, a teacher, dead.", {"killed": 1}),
        ("The gang slit the throats of 4 herders near the well.", {"killed": 4}),
        ("Gunmen shoot dead at least six villagers and another four were injured.", {"killed": 6, "wounded": 4}),
        ("Three security personnel, were killed when the bomb went off.", {"killed": 3}),
        ("Two soldiers backed by the coalition were killed and another injured.", {"killed": 2, "wounded": 1}),
        ("Four civilians were mistakenly killed by a drone.", {"killed": 4}),
        ("Two men who worked for the mayor were shot dead outside the hall.", {"killed": 2}),
        ("5 military killed and 3 more kidnapped.", {"killed": 5, "kidnapped": 3}),
        ("The militants executed 5 tribesmen accused of spying.", {"killed": 5}),
        ("The blast resulted in one death and wounded another three.", {"killed": 1, "wounded": 3}),
    ],
)
def test_casualties_told_in_more_ways(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels killed 20 cattle in the raid.",  # animals are not people
        "Two bombings in the north have wounded the economy.",  # active perfect: the number counts bombings
        "The fighters came a few blocks away from where the mayor was murdered.",  # blocks are not victims
    ],
)
def test_numbers_that_do_not_count_victims(sentence: str) -> None:
    assert totals(sentence).get("killed", 0) <= 1 and totals(sentence).get("wounded", 0) == 0


def test_killers_counted_before_a_transitive_effect_are_not_victims() -> None:
    assert totals("About six men shot to death a night watchman who tried to stop them.") == {"killed": 1}


# --- stage ------------------------------------------------------------------------------------


def test_may_beside_a_number_is_the_month_not_a_modal() -> None:
    assert stages("The 11 May 2016 market bombings shocked the city.") == [("bombing", "accomplished")]
    assert stages("Militants may attack the city.") == [("attack", "threatened")]


def test_no_before_a_number_is_not_a_negation() -> None:
    assert stages("A van of the candidate for District No 4 was ambushed on the highway.") == [
        ("armed_assault", "accomplished")
    ]


def test_allegedly_hedges_the_culprit_not_the_deed() -> None:
    assert stages("A teenager allegedly stabbed a teacher outside the school.")[0] == ("armed_assault", "accomplished")


def test_an_attempt_is_attempted_and_a_means_is_not_a_purpose() -> None:
    assert stages("A woman attempts to assassinate the governor at his office.") == [("assassination", "attempted")]
    assert stages("Militants used rifles and grenades to attack the checkpoint.")[-1] == ("attack", "accomplished")
    assert stages("The hills were used as a base to attack the valley.")[-1] == ("attack", "intended")


# --- event words and the historical present -----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Four fighters take two engineers hostage at the dam.", "kidnapping"),
        ("Insurgents crucified two shopkeepers in the square.", "assassination"),
        ("A woman was stoned to death in the village.", "killing"),
        ("Two rockets fired from across the river hit a school.", "shelling"),
        ("Members of the sect release sarin gas on a commuter train.", "chemical"),
        ("A rucksack packed with explosives went off outside the job centre.", "bombing"),
    ],
)
def test_new_event_words(sentence: str, kind: str) -> None:
    assert kind in [t.kind for t in find_triggers(tokenize(sentence))]


def test_photo_shoot_and_hacked_accounts_are_not_attacks() -> None:
    assert find_triggers(tokenize("The band did a photo shoot after hackers hacked into accounts.")) == []


def test_historical_present_with_an_object_is_news(analyse_text) -> None:
    events = violent(analyse_text("The armed wing of the movement bombs the headquarters of the air force.", PUBLISHED))
    assert len(events) == 1 and events[0].attack_type == "Bombing/Explosion"


def test_counted_plural_attacks_are_news_but_a_years_tally_is_not(analyse_text) -> None:
    assert len(violent(analyse_text("Twin bombings struck two police posts in the port city.", PUBLISHED))) == 1
    assert len(violent(analyse_text("A series of coordinated bombings hit the airport and the station.", PUBLISHED)))
    tally = "Rights groups counted 31 assassinations in 2020, including those of two mayors."
    assert violent(analyse_text(tally, PUBLISHED)) == []


def test_rockets_that_wound_people_make_an_event(analyse_text) -> None:
    text = "Two rockets fired by the militants wounded nine people in the border town."
    events = violent(analyse_text(text, PUBLISHED))
    assert len(events) == 1 and events[0].injuries.best == 9


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The gang set off three time bombs at the depot.", "bombing"),
        ("Shots were fired at the party office overnight.", "armed_assault"),
        ("Five soldiers were wounded in an encounter with rebels near the river.", "clash"),
        ("Over 40 people were killed after shellings of the old town.", "shelling"),
        ("A drone fired three missiles at a farmhouse in the valley.", "airstrike"),
    ],
)
def test_more_event_words(sentence: str, kind: str) -> None:
    assert kind in [t.kind for t in find_triggers(tokenize(sentence))]


def test_a_counted_event_after_the_subjects_article_is_news(analyse_text) -> None:
    events = violent(analyse_text("The gang set off two time bombs at railway signal boxes in Leeds.", PUBLISHED))
    assert len(events) == 1


def test_the_attack_launched_the_next_morning_refers_back(analyse_text) -> None:
    text = (
        "Gunmen attacked a police station in Aktobe on May 3, killing four officers. "
        "The night before, the leader had urged the men to fight. "
        "The remaining men launched the attack the next morning."
    )
    assert len(violent(analyse_text(text, PUBLISHED))) == 1


def test_rates_are_not_events(analyse_text) -> None:
    text = "According to the ministry, 3,000 people die from drug overdoses every year in the region."
    assert violent(analyse_text(text, PUBLISHED)) == []


def test_wounded_attackers_are_not_counted_among_the_injured(analyse_text) -> None:
    text = (
        "Insurgents attacked a police post in Zarghun district on Monday, leaving 6 policemen dead and "
        "10 wounded. 10 insurgents also died and 8 more of them were wounded."
    )
    event = violent(analyse_text(text, PUBLISHED))[0]
    assert event.injuries.best == 10
    assert event.fatalities.best == 16 and event.fatalities.perpetrators == 10


def test_wounded_fighters_who_were_the_victims_still_count(analyse_text) -> None:
    text = "Ten militia fighters were wounded by a roadside bomb blast on a track near Sinjar."
    assert [e.injuries.best for e in violent(analyse_text(text, PUBLISHED))] == [10]


def test_verbs_joined_by_and_are_not_two_victims() -> None:
    sentence = "Two reporters were shot dead in Taloqan; the reporters worked for a radio and were shot dead."
    assert totals(sentence) == {"killed": 2}


def test_named_movements_counted_among_the_dead_are_the_attackers_side() -> None:
    sides = {f.side for f in find_casualties(tokenize("Seven Taliban were killed in the fighting."))}
    assert sides == {"perpetrators"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Former mayor Pedro Almuz, 61, was shot to death by two gunmen.",
        "Judge Ana Ruiz, 52, was killed when a bomb exploded under her car.",
    ],
)
def test_an_age_between_commas_is_not_a_death_toll(sentence: str) -> None:
    assert totals(sentence) == {"killed": 1}


def test_houses_burned_in_a_deadly_raid_make_an_armed_assault(analyse_text) -> None:
    text = "Five villagers were killed and many huts were burned by raiders in the hamlet of Tarsa on Monday."
    events = violent(analyse_text(text, PUBLISHED))
    assert [e.attack_type for e in events] == ["Armed Assault"]


def test_a_burning_without_deaths_stays_an_arson(analyse_text) -> None:
    text = "Militants set four road construction vehicles on fire near the quarry on Monday."
    events = violent(analyse_text(text, PUBLISHED))
    assert [e.attack_type for e in events] == ["Facility/Infrastructure Attack"]


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        (
            "Eight tourists were injured when a bomb went off on a coach in Lima on Monday. "
            "Police said 10 other people were also injured.",
            None,
            18,
        ),
        ("A bomb killed 10 people at the market in Kano on Monday. Five more people died later in hospital.", 15, None),
        ("A bomb killed 10 people at the market in Kano on Monday. The death toll rose to 15.", 15, None),
        (
            "A gunman killed 8 and injured 31 others at the gate on Monday. "
            "Three guards were among the dead, while 8 of the others were hurt.",
            8,
            31,
        ),
    ],
)
def test_later_figures_add_only_when_they_count_other_people(analyse_text, text, killed, wounded) -> None:
    events = violent(analyse_text(text, PUBLISHED))
    assert [(e.fatalities.best, e.injuries.best) for e in events] == [(killed, wounded)]


def test_a_state_force_the_report_accuses_is_the_perpetrator(analyse_text) -> None:
    text = (
        "Six priests and their cook were killed at the university residence in San Salvador on Monday. "
        "Church leaders accused the army of the killings."
    )
    events = violent(analyse_text(text, PUBLISHED))
    assert [p.kind for p in events[0].perpetrators] == ["military"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two guards were killed and an additional nine soldiers injured in the blast.", {"killed": 2, "wounded": 9}),
        ("Members of the 33th front threw grenades and injured four officers.", {"wounded": 4}),
        ("A bomb killed a boy and injured critically 4 others.", {"killed": 1, "wounded": 4}),
        ("The raid caused the death of three guards and the injuries of three others.", {"killed": 3, "wounded": 3}),
        ("The shelling has resulted in one minor injury.", {"wounded": 1}),
        ("Three soldiers affiliated with the peace mission were injured by a mine.", {"wounded": 3}),
        ("The driver rammed 11 people at a bus stop.", {"wounded": 11}),
        ("The rebels machinegunned a bus near Santa Ana and maimed two people.", {"wounded": 2}),
        (
            "Four police were killed and 23 others, including a mayor and 15 policemen, were wounded.",
            {"killed": 4, "wounded": 23},
        ),
        (
            "Three people died in the explosion, including two pupils and another 14 were wounded.",
            {"killed": 3, "wounded": 14},
        ),
    ],
)
def test_casualties_second_pass(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


def test_a_figure_repeated_as_the_total_is_counted_once(analyse_text) -> None:
    text = (
        "A blast at a wrestling club in Kabul killed 20 people and injured 70 on Monday; "
        "in total 20 were killed and 70 injured."
    )
    events = violent(analyse_text(text, PUBLISHED))
    assert [(e.fatalities.best, e.injuries.best) for e in events] == [(20, 70)]


def test_a_question_reports_no_event(analyse_text) -> None:
    text = "The minister spoke on Monday. Did the army bomb the villages near Tarsa last week?"
    assert violent(analyse_text(text, PUBLISHED)) == []


def test_undated_uncounted_fighting_later_in_a_report_is_war_talk(analyse_text) -> None:
    text = (
        "Guerrillas attacked a police post in Tarsa on Monday, killing two officers. "
        "The defence minister spoke about the peace talks. "
        "Fighting has continued in the northern provinces."
    )
    events = violent(analyse_text(text, PUBLISHED))
    assert [e.fatalities.best for e in events] == [2]


def test_a_lead_that_reports_fighting_is_news(analyse_text) -> None:
    text = "Heavy fighting broke out between the army and rebels in the hills north of Tarsa."
    assert [e.event_type for e in violent(analyse_text(text, PUBLISHED))] == ["Battles"]


def test_a_clock_time_in_wire_copy_is_not_a_toll() -> None:
    assert totals("THE JUDGE WAS MURDERED AT 1620 THIS AFTERNOON NEAR HIS HOME.").get("killed") == 1


def test_victims_listed_after_a_named_one_all_count() -> None:
    sentence = "Soldiers are suspected in the assassination of Tomas Vildo, five other Jesuits, and two women."
    assert totals(sentence) == {"killed": 8}


@pytest.mark.parametrize(
    "text",
    [
        "Rebels from the 4th front of the movement massacre 5 farmers near the river.",
        "A spokeswoman for the ministry said that a militant opened fire on a convoy near Dattykh.",
        "A truck of the army hit a mine 40 km from Sokolo, wounding six soldiers.",
        "Militants belonging to the group threw a grenade at the patrol and wounded a policeman.",
    ],
)
def test_verb_phrases_after_a_subjects_article_are_news(analyse_text, text: str) -> None:
    assert len(violent(analyse_text(text, PUBLISHED))) == 1


def test_people_hurt_with_a_weapon_are_an_attack_without_an_event_word(analyse_text) -> None:
    text = "Two soldiers were injured when militants lobbed a few grenades at an army jeep in Tral."
    events = violent(analyse_text(text, PUBLISHED))
    assert [(e.injuries.best, e.attack_type) for e in events] == [(2, "Bombing/Explosion")]


def test_people_hurt_in_an_accident_are_no_attack(analyse_text) -> None:
    assert violent(analyse_text("Three people were injured in a traffic accident on the highway.", PUBLISHED)) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two girls aged 6 and 4 were killed in the fire.", {"killed": 2}),
        (
            "68 villagers, including ten children, three women and their babies, were killed in the raid.",
            {"killed": 68},
        ),
    ],
)
def test_ages_and_long_asides(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


def test_a_tally_over_months_is_not_the_events_toll(analyse_text) -> None:
    text = (
        "Two police officers were killed by gunmen on a motorbike in Yala on Monday. "
        "The officers worked for a local unit. "
        "Militants have been targeting teachers and police in the last six months, killing over 200 people."
    )
    events = violent(analyse_text(text, PUBLISHED))
    assert [e.fatalities.best for e in events] == [2]


def test_an_attack_told_without_its_weapon_takes_the_reports_one_explosive(analyse_text) -> None:
    text = (
        "Unknown men set off 20 kg of dynamite at the offices of the newspaper in Medellin on Monday. "
        "The mayor condemned the attack, which took place at 2100 on Monday."
    )
    types = {e.attack_type for e in violent(analyse_text(text, PUBLISHED))}
    assert types == {"Bombing/Explosion"}


def test_a_shooting_stays_a_shooting_in_a_report_that_also_names_bombs(analyse_text) -> None:
    text = "Gunmen shot dead a judge in Medellin on Monday. Police found two bombs in a car nearby."
    types = [e.attack_type for e in violent(analyse_text(text, PUBLISHED)) if e.fatalities.best]
    assert types and types[0] != "Bombing/Explosion"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("14 villagers were kidnapped and later killed by the militia.", {"kidnapped": 14, "killed": 14}),
        (
            "Two Chadian soldiers of the UN force (MINUSMA) were killed and another injured.",
            {"killed": 2, "wounded": 1},
        ),
        ("The raid resulted in 5 deaths of the Syrian Army and 9 of the rebels.", {"killed": 14}),
        ("Two officers of the unit (the bracket is never closed were killed.", {}),
    ],
)
def test_chained_effects_and_bracketed_modifiers(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence).items() >= expected.items()


def test_a_vehicle_burned_after_a_deadly_ambush_is_its_aftermath(analyse_text) -> None:
    text = (
        "Gunmen ambushed a state police patrol outside Uruapan on Thursday, killing five officers. "
        "The gunmen set one of the vehicles on fire before escaping."
    )
    assert [e.attack_type for e in violent(analyse_text(text, PUBLISHED))] == ["Armed Assault"]


def test_al_qaeda_is_not_named_after_its_yemeni_branch(analyse_text) -> None:
    text = "A bomb linked to al-Qaeda killed three soldiers near Mopti on Monday."
    names = [p.name for e in violent(analyse_text(text, PUBLISHED)) for p in e.perpetrators]
    assert names and all("AQAP" not in n for n in names)
