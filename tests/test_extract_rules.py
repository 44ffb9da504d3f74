"""Each extraction rule, first on a sentence's tokens, then through ``analyse`` on short reports."""

from __future__ import annotations

from datetime import date

import pytest

from eventwatch.extract.actors import find_actors
from eventwatch.extract.casualties import find_casualties
from eventwatch.extract.dates import find_dates
from eventwatch.extract.targets import find_targets
from eventwatch.extract.triggers import find_triggers
from eventwatch.extract.weapons import find_weapons
from eventwatch.text import tokenize

# --- casualties on tokens -------------------------------------------------------------------


def figures(sentence: str) -> list[tuple]:
    """(effect, value, low, high, side, is_total, is_part) for each figure of a sentence."""
    return [
        (f.effect, f.value, f.low, f.high, f.side, f.is_total, f.is_part) for f in find_casualties(tokenize(sentence))
    ]


def test_killed_and_wounded_counts() -> None:
    found = figures("The blast killed twelve people and wounded at least 30 others.")
    assert [(f[0], f[1], f[2], f[3]) for f in found] == [("killed", 12, 12, 12), ("wounded", 30, 30, None)]


def test_passive_counts() -> None:
    found = figures("Three policemen were killed and nine others were wounded during the ambush.")
    assert [(f[0], f[1]) for f in found] == [("killed", 3), ("wounded", 9)]
    assert found[0][4] == "security_forces"


def test_kidnapped_count() -> None:
    assert [(f[0], f[1]) for f in figures("Gunmen kidnapped four aid workers on the road north.")] == [("kidnapped", 4)]
    assert [(f[0], f[1]) for f in figures("Armed men abducted a dozen villagers.")] == [("kidnapped", 12)]


def test_perpetrators_share_of_a_total() -> None:
    found = figures("The violence claimed 30 lives, including 6 of the gunmen.")
    assert found == [
        ("killed", 30, 30, 30, None, True, False),
        ("killed", 6, 6, 6, "perpetrators", False, True),
    ]


def test_parts_with_their_sides() -> None:
    found = figures("Militants opened fire on a convoy, killing five soldiers and three civilians.")
    assert [(f[0], f[1], f[4]) for f in found] == [
        ("killed", 5, "security_forces"),
        ("killed", 3, "civilians"),
    ]


@pytest.mark.parametrize(
    "sentence", ["There were no casualties.", "No one was hurt in the explosion.", "Nobody was hurt."]
)
def test_no_casualties_is_zero(sentence: str) -> None:
    found = figures(sentence)
    assert {(f[0], f[1]) for f in found} == {("killed", 0), ("wounded", 0)}


def test_person_and_his_companions_share_the_effect() -> None:
    found = figures("A judge and his two bodyguards were killed when their car was ambushed.")
    assert [(f[0], f[1]) for f in found] == [("killed", 1), ("killed", 2)]


def test_vague_and_bounded_counts_in_casualties() -> None:
    assert figures("Dozens of people were wounded.") == [("wounded", 12, 12, None, "civilians", False, False)]
    assert figures("At least 10 people were killed in the attack.")[0][1:4] == (10, 10, None)
    assert figures("Up to 40 people were wounded.")[0][1:4] == (40, None, 40)


def test_death_toll_is_a_total() -> None:
    found = figures("The death toll rose to 41 on Monday.")
    assert found[0][:2] == ("killed", 41)
    assert found[0][5] is True


def test_left_dead_and_injured() -> None:
    found = figures("The bomb left 9 dead and 14 injured.")
    assert [(f[0], f[1]) for f in found] == [("killed", 9), ("wounded", 14)]


def test_shot_dead_names_the_killed() -> None:
    # "traders" are people like "villagers"; "shot dead" is an active killing verb
    found = figures("Gunmen shot dead three traders at a cattle market.")
    assert [(f[0], f[1]) for f in found] == [("killed", 3)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The group of 25 young men moved down the street.",
        "The 27-year-old leader of the cell died later.",
        "He invited 44 people to his house.",
        "Twenty-two men left, not wishing to take part.",
        "The country of 18 million has a young population.",
        "An estimated 1,500 fighters have travelled abroad.",
        "Over the last 25 years the movement grew.",
        "The attack took place on June 5, 2016.",
    ],
)
def test_numbers_that_are_not_casualties(sentence: str) -> None:
    assert figures(sentence) == []


# --- dates on text ----------------------------------------------------------------------------

THURSDAY = date(2024, 3, 14)


def dates(sentence: str, published: date | None, anchor: date | None = None) -> list[tuple]:
    return [
        (d.kind, d.value, d.precision, d.is_end)
        for d in find_dates(sentence, 0, len(sentence), published=published, anchor=anchor or published)
    ]


def test_absolute_dates() -> None:
    assert dates("The attack took place on 5 March 2024.", THURSDAY) == [("absolute", date(2024, 3, 5), "day", False)]
    assert dates("It began on June 5, 2016 at dawn.", None)[0][1] == date(2016, 6, 5)
    assert dates("Records dated 2016-06-05 were seized.", None)[0][1] == date(2016, 6, 5)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Gunmen attacked the village yesterday.", date(2024, 3, 13)),
        ("Gunmen attacked the village last night.", date(2024, 3, 13)),
        ("Gunmen attacked the village this morning.", date(2024, 3, 14)),
        ("Gunmen attacked the village on Tuesday.", date(2024, 3, 12)),
        ("Gunmen attacked the village on Sunday morning.", date(2024, 3, 10)),
    ],
)
def test_relative_days_count_back_from_publication(sentence: str, day: date) -> None:
    [found] = dates(sentence, THURSDAY)
    assert found[1] == day
    assert found[2] == "day"


def test_last_weekday() -> None:
    # "last Monday" in a Thursday report is three days earlier
    found = dates("A bomb exploded on a bus last Monday.", THURSDAY)
    assert [d[1] for d in found] == [date(2024, 3, 11)]


def test_relative_days_without_publication_date_stay_unknown() -> None:
    assert [d[1] for d in dates("Gunmen attacked the village yesterday.", None)] == [None]


@pytest.mark.parametrize("sentence", ["The bomb exploded on 30 December.", "THE BOMB EXPLODED ON 30 DEC."])
def test_year_rollover(sentence: str) -> None:
    [found] = dates(sentence, date(2024, 1, 2))
    assert found[1] == date(2023, 12, 30)


def test_next_month_chain_takes_the_year_of_the_story() -> None:
    found = dates(
        "The next month, on July 18, the country was hit again.",
        published=date(2017, 8, 1),
        anchor=date(2016, 6, 5),
    )
    assert date(2016, 7, 18) in [d[1] for d in found]


def test_by_date_marks_an_end() -> None:
    [found] = dates("By June 11 the attackers had been found.", date(2017, 8, 1), date(2016, 6, 5))
    assert found[1] == date(2016, 6, 11)
    assert found[3] is True


# --- triggers, actors, targets, weapons on tokens ---------------------------------------------


def triggers(sentence: str) -> list[tuple[str, str]]:
    return [(t.kind, t.stage) for t in find_triggers(tokenize(sentence))]


def test_trigger_kinds() -> None:
    assert ("bombing", "accomplished") in triggers("A car bomb exploded outside the market.")
    assert ("kidnapping", "accomplished") in triggers("Gunmen kidnapped four aid workers.")
    assert ("arson", "accomplished") in triggers("Rioters set fire to cars.")
    assert ("suicide_bombing", "accomplished") in triggers("A suicide bomber blew himself up.")


def test_trigger_stages() -> None:
    assert triggers("Police foiled a plot to bomb the embassy.") == [("bombing", "attempted")]
    assert triggers("Rebels threatened to attack the town.") == [("attack", "threatened")]


def test_calling_an_attack_the_worst_is_not_a_threat() -> None:
    # "call" is an appeal in "a call to attack", but here it only names an attack that happened
    assert triggers("It was what officials now call the worst attack in years.") == [("attack", "accomplished")]


def actors(sentence: str, wire_caps: bool = False) -> list[tuple]:
    tokens = tokenize(sentence)
    indices = [t.start_index for t in find_triggers(tokens)]
    return [(a.name, a.kind, a.named, a.role) for a in find_actors(tokens, indices, wire_caps)]


def test_named_group_by_acronym_and_in_full() -> None:
    for sentence in (
        "NPA guerrillas ambushed an army convoy.",
        "Fighters of the New People's Army attacked a police outpost.",
    ):
        named = [a for a in actors(sentence) if a[2]]
        assert len(named) == 1
        assert "New People's Army" in named[0][0]
        assert named[0][1] == "rebels"
        assert named[0][3] == "perpetrator"


def test_unknown_liberation_front_is_a_named_rebel_group() -> None:
    named = [a for a in actors("Western Hills Liberation Front rebels attacked the town.") if a[2]]
    assert named == [("Western Hills Liberation Front", "rebels", True, "perpetrator")]


def test_descriptions_of_attackers() -> None:
    assert actors("Unidentified gunmen opened fire.") == [
        ("Unidentified gunmen", "unidentified armed group", False, "perpetrator")
    ]
    assert [a[3] for a in actors("The attack was claimed by al-Shabaab.")] == ["perpetrator"]


def test_target_kinds() -> None:
    found = find_targets(tokenize("They attacked a police station, a mosque and a primary school."))
    assert [(t.name, t.gtd_type, t.kind) for t in found] == [
        ("police station", "Police", "police"),
        ("mosque", "Religious Figures/Institutions", "civilians"),
        ("school", "Educational Institution", "civilians"),
    ]


def test_weapon_types() -> None:
    found = find_weapons(tokenize("A car bomb, machetes and AK-47 rifles; they set fire to a church."))
    assert [w for w, _, _ in found] == ["Explosives", "Melee", "Firearms", "Firearms", "Incendiary"]


# --- the same rules through analyse -----------------------------------------------------------


def only(events: list) -> object:
    violent = [e for e in events if e.is_violent]
    assert len(violent) == 1, [e.to_record() for e in events]
    return violent[0]


def test_parts_summed_into_fatalities(analyse_text) -> None:
    event = only(
        analyse_text(
            "Militants opened fire on an army convoy near Gao on Tuesday, killing five soldiers and three civilians.",
            "2024-03-14",
        )
    )
    assert (event.fatalities.best, event.fatalities.security_forces, event.fatalities.civilians) == (8, 5, 3)
    assert event.date_start == date(2024, 3, 12)
    assert event.location.name == "Gao"


def test_total_with_perpetrators_share(analyse_text) -> None:
    event = only(
        analyse_text(
            "Gunmen stormed the police academy in Kunduz on 10 October 2023. The fighting claimed "
            "30 lives, including 6 of the gunmen.",
        )
    )
    assert (event.fatalities.best, event.fatalities.low, event.fatalities.perpetrators) == (30, 30, 6)
    assert any("claimed 30 lives" in e.text and "fatalities" in e.fields for e in event.evidence)


def test_no_casualties_reported_as_zero(analyse_text) -> None:
    event = only(
        analyse_text(
            "A bomb went off at a bus stop in Kaduna yesterday. There were no casualties, the governor said.",
            "2024-01-02",
        )
    )
    assert event.fatalities.best == 0
    assert event.injuries.best == 0
    assert event.date_start == date(2024, 1, 1)
    assert event.attack_type == "Bombing/Explosion"


def test_judge_and_bodyguards_count_three(analyse_text) -> None:
    event = only(
        analyse_text(
            "A judge and his two bodyguards were killed when gunmen ambushed their car in Peshawar last night.",
            "2024-01-02",
        )
    )
    assert event.fatalities.best == 3
    assert event.date_start == date(2024, 1, 1)
    assert event.location.country_code == "PK"


def test_vague_count_keeps_only_a_low(analyse_text) -> None:
    event = only(
        analyse_text("A roadside bomb exploded near a market in Jalalabad on 2 August 2023, wounding several people.")
    )
    assert (event.injuries.best, event.injuries.low, event.injuries.high) == (3, 3, None)
    assert event.fatalities.best is None  # not reported is not zero


def test_year_rollover_through_analyse(analyse_text) -> None:
    event = only(
        analyse_text(
            "Gunmen opened fire on worshippers at a mosque in Kano on 30 December, killing four people.",
            "2024-01-02",
        )
    )
    assert event.date_start == date(2023, 12, 30)
    assert event.fatalities.best == 4


def test_chained_next_month_and_two_events(analyse_text) -> None:
    events = analyse_text(
        "A roadside bomb exploded near a market in Jalalabad on 2 August 2023, wounding several people. "
        "The following month, on September 14, gunmen attacked a police checkpoint in Khost, "
        "killing two officers.",
        "2024-01-02",
    )
    by_place = {e.location.name: e for e in events if e.is_violent}
    assert set(by_place) == {"Jalālābād", "Khōst"}
    assert by_place["Khōst"].date_start == date(2023, 9, 14)
    assert by_place["Khōst"].fatalities.best == 2
    assert by_place["Jalālābād"].date_start == date(2023, 8, 2)


def test_by_date_extends_date_end(analyse_text) -> None:
    event = only(
        analyse_text(
            "Insurgents stormed an army base outside Mopti on 14 February 2019. By February 17 troops "
            "had retaken the base; the fighting claimed 31 lives, including 12 of the insurgents."
        )
    )
    assert (event.date_start, event.date_end) == (date(2019, 2, 14), date(2019, 2, 17))
    assert (event.fatalities.best, event.fatalities.perpetrators) == (31, 12)


def test_date_from_a_lead_sentence_without_event_words(analyse_text) -> None:
    events = analyse_text(
        "Gunmen attacked a police post in Mwanza on March 12, 2022, killing four officers. "
        "The following month, on April 20, the country was shaken again. A former guard opened fire "
        "on a police station in Arusha, killing five police officers and three civilians.",
        "2023-09-05",
    )
    [arusha] = [e for e in events if e.location and e.location.name == "Arusha"]
    assert arusha.date_start == date(2022, 4, 20)
    assert arusha.fatalities.best == 8


def test_event_place_is_the_town_named_not_based_or_destination(analyse_text) -> None:
    event = only(
        analyse_text(
            "A Nairobi-based rights group said gunmen killed four villagers in Mandera on Monday.",
            "2024-03-14",
        )
    )
    assert event.location.name == "Mandera"
    event = only(
        analyse_text(
            "Police said the bomber had gone to Yemen for training. The suicide bomber blew himself up "
            "at a checkpoint in Baidoa on Sunday, killing seven soldiers.",
            "2024-03-14",
        )
    )
    assert event.location.name == "Baidoa"
    assert event.location.country_code == "SO"
    assert event.sub_event_type == "Suicide bomb"


def test_perpetrator_group_named_in_full_and_by_acronym(analyse_text) -> None:
    for text in (
        "Fighters of the New People's Army attacked a police outpost in Davao City on 3 May 2023, "
        "killing two officers.",
        "NPA guerrillas ambushed an army convoy near Tacloban on 4 June 2021, killing four soldiers.",
    ):
        event = only(analyse_text(text))
        assert len(event.perpetrators) == 1
        assert "New People's Army" in event.perpetrators[0].name
        assert event.perpetrators[0].kind == "rebels"
        assert event.location.country_code == "PH"


def test_gunmen_as_perpetrators(analyse_text) -> None:
    event = only(
        analyse_text("Gunmen abducted six construction workers from a camp near Kaduna yesterday.", "2024-03-14")
    )
    assert [(a.name.lower(), a.kind) for a in event.perpetrators] == [("gunmen", "unidentified armed group")]


@pytest.mark.parametrize(
    ("text", "event_type", "sub_type", "attack_type", "weapon"),
    [
        (
            "A car bomb exploded outside a market in Kandahar on Saturday, killing nine people.",
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED",
            "Bombing/Explosion",
            "Explosives",
        ),
        (
            "Gunmen abducted six construction workers from a camp near Kaduna yesterday.",
            "Violence against civilians",
            "Abduction/forced disappearance",
            "Hostage Taking (Kidnapping)",
            None,
        ),
        (
            "Unidentified gunmen ambushed a police patrol in Medellin yesterday, killing three policemen.",
            "Battles",
            "Armed clash",
            "Armed Assault",
            "Firearms",
        ),
        (
            "Suspected militants set fire to a primary school in Maiduguri overnight, destroying six classrooms.",
            "Violence against civilians",
            "Attack",
            "Facility/Infrastructure Attack",
            "Incendiary",
        ),
    ],
)
def test_acled_and_gtd_types(analyse_text, text, event_type, sub_type, attack_type, weapon) -> None:
    event = only(analyse_text(text, "2024-03-14"))
    assert (event.event_type, event.sub_event_type, event.attack_type) == (event_type, sub_type, attack_type)
    if weapon:
        assert weapon in event.weapon_types


def test_kidnapping_count_through_analyse(analyse_text) -> None:
    event = only(
        analyse_text("Gunmen abducted six construction workers from a camp near Kaduna yesterday.", "2024-03-14")
    )
    assert event.kidnapped == 6
    assert event.fatalities.best is None
    assert event.location.name == "Kaduna"
    assert event.date_start == date(2024, 3, 13)


def test_arson_on_a_school(analyse_text) -> None:
    event = only(
        analyse_text(
            "Suspected militants set fire to a primary school in Maiduguri overnight, destroying six "
            "classrooms. Nobody was hurt.",
            "2024-03-14",
        )
    )
    assert "Educational Institution" in event.target_types
    assert event.fatalities.best == 0


def test_sources_of_a_report_are_not_targets(analyse_text) -> None:
    # "police said" / "officials said" name who told the story, not who was attacked
    event = only(
        analyse_text(
            "Gunmen opened fire on worshippers at a mosque in Kano on Friday, killing four people, "
            "police said. Local officials said the gunmen escaped on motorbikes.",
            "2024-03-14",
        )
    )
    assert "Police" not in event.target_types
    assert "Government (General)" not in event.target_types
    assert event.event_type == "Violence against civilians"
    assert "Religious Figures/Institutions" in event.target_types


def test_army_in_a_rebel_groups_name_is_not_a_target(analyse_text) -> None:
    event = only(
        analyse_text("Rebels of the New People's Army burned down a sugar mill in Bacolod on Tuesday.", "2024-03-14")
    )
    assert "Military" not in event.target_types
    assert event.attack_type == "Facility/Infrastructure Attack"


def test_named_group_claiming_a_kidnapping_is_the_perpetrator(analyse_text) -> None:
    event = only(
        analyse_text(
            "About 40 armed men kidnapped seven engineers near Barrancabermeja on 30 December 1989. "
            "The kidnappers identified themselves as members of the National Liberation Army (ELN)."
        )
    )
    assert event.kidnapped == 7
    assert [a.kind for a in event.perpetrators] == ["rebels"]
    assert "National Liberation Army" in event.perpetrators[0].name


def test_shares_never_exceed_the_total(analyse_text) -> None:
    event = only(
        analyse_text(
            "Al-Shabaab militants stormed a hotel in Mogadishu on Friday night and held guests for several "
            "hours. At least 12 people were killed, including three of the attackers.",
            "2024-03-14",
        )
    )
    assert event.fatalities.best == 12
    assert event.fatalities.perpetrators == 3
    sides = [event.fatalities.perpetrators, event.fatalities.security_forces, event.fatalities.civilians]
    assert sum(s or 0 for s in sides) <= event.fatalities.best
    assert "al-Shabaab" in event.perpetrators[0].name


WIRE = (
    "BOGOTA, 2 JAN 90 -- [TEXT] ARMY SOURCES HAVE REPORTED THAT A GROUP OF\n"
    "ABOUT 40 HEAVILY ARMED MEN KIDNAPPED SEVEN ENGINEERS OF A STATE OIL\n"
    "COMPANY ON 30 DECEMBER NEAR THE TOWN OF BARRANCABERMEJA, IN SANTANDER\n"
    "DEPARTMENT. UNIDENTIFIED GUNMEN ALSO AMBUSHED A POLICE PATROL IN MEDELLIN\n"
    "YESTERDAY, KILLING THREE POLICEMEN AND WOUNDING TWO OTHERS.\n"
)


MIXED = (
    "BOGOTA, 2 JAN 90 -- [TEXT] Army sources have reported that a group of\n"
    "about 40 heavily armed men kidnapped seven engineers of a state oil\n"
    "company on 30 December near the town of Barrancabermeja, in Santander\n"
    "Department. Unidentified gunmen also ambushed a police patrol in Medellin\n"
    "yesterday, killing three policemen and wounding two others.\n"
)


def test_wire_copy_in_capitals_reads_like_mixed_case(analyse_text) -> None:
    assert MIXED.upper() == WIRE.upper() and WIRE.upper() == WIRE

    def shape(events: list) -> list[tuple]:
        return sorted(
            (
                e.event_type,
                e.attack_type,
                e.date_start,
                e.location.name if e.location else None,
                e.fatalities.best,
                e.injuries.best,
                e.kidnapped,
            )
            for e in events
        )

    caps = shape(analyse_text(WIRE))
    assert caps == shape(analyse_text(MIXED))
    assert (
        "Violence against civilians",
        "Hostage Taking (Kidnapping)",
        date(1989, 12, 30),
        "Barrancabermeja",
        None,
        None,
        7,
    ) in caps
    assert ("Battles", "Armed Assault", date(1990, 1, 1), "Medellín", 3, 2, None) in caps
