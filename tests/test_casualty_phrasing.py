"""Casualty phrasings: asides that close before the verb, ordinals inside a unit's
name, adverbs before the effect, figures taken to hospital, and clauses that start their own effect
after "including". Sentences are our own, with invented names and places."""

from __future__ import annotations

import pytest

from conftest import totals, violent_events
from eventwatch.extract.casualties import find_casualties
from eventwatch.text import tokenize


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ordinals name a unit and count nobody
        ("Three troopers of the Velmar Army's 5th Rifle Battalion were wounded in the raid.", {"wounded": 3}),
        ("Four guards from the 2nd Border Regiment were killed at the post.", {"killed": 4}),
        # adverbs between the auxiliary and the effect
        ("FIVE FARMERS AND TWO TEACHERS WHO LIVED NEAR THE RIVER WERE BRUTALLY MURDERED.", {"killed": 7}),
        ("Two wardens were partially injured in the blast at the depot.", {"wounded": 2}),
        (
            "A ranger was killed and six others were lightly to moderately injured in the attack.",
            {"killed": 1, "wounded": 6},
        ),
        ("A mine struck the truck, killing four and leaving two severely injured.", {"killed": 4, "wounded": 2}),
        # an aside that closes right before the verb
        ("THREE OTHER HERDERS, WHO WERE ACCUSED OF HELPING THE ARMY, HAVE BEEN SHOT TO DEATH.", {"killed": 3}),
        ("Only two people, a baker and a driver, were injured in the explosion.", {"wounded": 2}),
        # after "including", a clause with its own effect is not a share of the figure before
        ("Nine people were killed, including three children and about 30 were wounded.", {"killed": 9, "wounded": 30}),
        # the present tense of wounding
        ("Gunmen shoot dead 12 pilgrims and injure 20 others at the shrine.", {"killed": 12, "wounded": 20}),
        # taken to hospital: hurt
        ("Four passers-by were taken to hospital after the grenade went off.", {"wounded": 4}),
        # an aside of names that closes before the verb; an ordinal in wire copy ("3D")
        ("Three hikers, Brenna Lotz, Arvid Maas and Ida Fenn, were killed when the bus was hit.", {"killed": 3}),
        ("THE 3D PRECINCT COMMANDER'S DRIVER, TOMAS ERVIL, WAS KILLED ON MONDAY.", {"killed": 1}),
        ("Gunmen killed the 3rd platoon's cook.", {}),
        ("ABOUT 1 MONTH AGO, JORGE VALDA, A LEADER OF THE UNION, WAS ASSASSINATED.", {"killed": 1}),
        ("TWO GUARDS WHO HAPPENED TO BE WALKING BY THE GATE AT THE TIME WERE WOUNDED.", {"wounded": 2}),
        # a possessive before the number; the victims put "to death"; other deadly verbs
        ("Raiders stormed the farm, killing her three sons.", {"killed": 3}),
        ("Militiamen hacked five herders to death near the well.", {"killed": 5}),
        ("Six smugglers were stoned to death by the crowd.", {"killed": 6}),
        ("Rebels murder 14 miners in the north.", {"killed": 14}),
        ("The video shows the beheading of two drivers.", {"killed": 2}),
        ("Two ambushes claimed the lives of eight guards and injured five others.", {"killed": 8, "wounded": 5}),
        # more words for the same people, without a number of their own
        ("Nine customs officers and clerks were executed by the gang.", {"killed": 9}),
        ("At least 12 army and militia fighters were killed in the raid.", {"killed": 12}),
        # people die, whatever the noun
        ("Seven irregulars die after the raid on the camp.", {"killed": 7}),
        # a coordinated number is no victim of another effect's verb
        ("A mine kills one policeman and another three were injured.", {"killed": 1, "wounded": 3}),
        ("A truck bomb killed at least 21 people and another 40 were injured.", {"killed": 21, "wounded": 40}),
        ("Four members of the guard and 9 raiders were killed at the depot.", {"killed": 13}),
        # a number inside a noun phrase counts people of its own; an age counts nobody
        ("In an ambush on a truck carrying rebels four people died.", {"killed": 4}),
        ("A total of five people were killed in the raid.", {"killed": 5}),
        ("The blast killed a total of nine people.", {"killed": 9}),
        (
            "Two members of a Velmar Royal Border Police Force (VBPF) mountain patrol unit were shot and killed.",
            {"killed": 2},
        ),
        ("The bomb killed a 12-year-old boy.", {"killed": 1}),
        ("THE MINISTER CONDEMNED THE KILLING OF 37-YEAR-OLD ODO BRANDT, AN AID WORKER.", {"killed": 1}),
        ("Raiders killed 20 farmers, the heaviest toll of any single day this year.", {"killed": 20}),
        ("Nine people (mostly pilgrims, with most of them from the south) were killed.", {"killed": 9}),
        ("The army said 40 civilians and members of the militia had been killed.", {"killed": 40}),
        # hurt, whatever the words between "suffered" and "injuries"
        ("Six hikers suffered light to moderate injuries in the blast.", {"wounded": 6}),
        ("Raiders shot dead two guards, but three of the officers suffered arm wounds.", {"killed": 2, "wounded": 3}),
        ("One of the clerks died; another sustained critical injuries.", {"killed": 1, "wounded": 1}),
        # a place word ends the noun phrase; a noun of its own effect stops the carried effect
        ("A truck bomb killed four and wounded seven outside the town hall.", {"killed": 4, "wounded": 7}),
        ("The raid left two deaths and nine injuries among police ranks.", {"killed": 2, "wounded": 9}),
        ("The blast caused three deaths and eleven reported injuries.", {"killed": 3, "wounded": 11}),
        ("Two pilgrims sleeping inside a shrine died in the fire.", {"killed": 2}),
        # wire copy: "only" before the number, a time of day, a second victim with "was" left out
        ("A BOMB WENT OFF IN VELMAR, SLIGHTLY INJURING ONLY THREE PEOPLE.", {"wounded": 3}),
        ("REUTERS AT 1415 GMT REPORTS THAT ORTIZ WAS SERIOUSLY WOUNDED.", {"wounded": 1}),
        ("THE MAYOR'S DRIVER WAS KILLED AND HIS BODYGUARD WOUNDED.", {"killed": 1, "wounded": 1}),
        ("WITNESSES SAID THAT FIVE PEOPLE HAVE BULLET WOUNDS.", {"wounded": 5}),
        ("ANOTHER BOMB ATTACK ON A SHOP, WEST OF THE CITY, HAS RESULTED IN INJURIES TO A GUARD.", {"wounded": 1}),
        # "one ... and other injured": one more person
        ("One ranger was killed and other injured in the blast.", {"killed": 1, "wounded": 1}),
        ("Two rangers were killed and other people fled.", {"killed": 2}),
        # the hurt counted by where they were sent
        ("A blast killed six people and sent another 31 to hospital.", {"killed": 6, "wounded": 31}),
        ("The bomb killed two guards, sending 18 to the hospital.", {"killed": 2, "wounded": 18}),
        # one person, named or a singular noun, who died
        ("FORMER MINISTER GENERAL TOMAS ARVELO DIED TODAY AS A RESULT OF THE ATTACK.", {"killed": 1}),
        ("TORRES DIED AND HIS DRIVER WAS SERIOUSLY INJURED.", {"killed": 1, "wounded": 1}),
        ("Senator Ivo Brandt, a lawyer and party leader, died two hours after he was shot.", {"killed": 1}),
        ("The judge died after he was shot near the court.", {"killed": 1}),
        ("Soldiers died in the blast.", {}),
        ("Many witnesses have died since the murder.", {}),
        ("THE PROJECT MYSTERIOUSLY DIED IN 1978.", {}),
        ("ALL THE PASSENGERS GOING TO VELMAR, NORTH PROVINCE, DIED.", {}),
        # a noun before the verb and an object after it: active voice, the number counts no victim
        ("A grenade attack on a police convoy injured three porters.", {"wounded": 3}),
        ("A teenager stabbed and injured two tourists at the station.", {"wounded": 2}),
        ("The blast killed two staff and injured nine others.", {"wounded": 9}),
        ("At least five people from one village were wounded by the shell.", {"wounded": 5}),
        ("Three soldiers were killed and six others wounded due to shelling.", {"killed": 3, "wounded": 6}),
    ],
)
def test_figures(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


def test_relative_clause_keeps_a_person_coordinated_after_it() -> None:
    sentence = "TWO GUARDS WHO WERE ESCORTING HER AND A DRIVER WERE WOUNDED IN THE ATTACK."
    assert totals(sentence) == {"wounded": 3}


def test_a_disputed_figure_gives_way_to_the_others() -> None:
    from datetime import date

    text = (
        "A bomb exploded at the cattle market in Kordavi on Monday. The army said 22 people died in the blast. "
        "Residents said 27 people were killed, a figure the army rejected."
    )
    events = violent_events(text, date(2021, 5, 20))
    assert max(e.fatalities.best or 0 for e in events) == 22


# --- misspelt effect words, victims stabbed without dying


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two herders were killed and five others were injuried when the raiders struck.", {"killed": 2, "wounded": 5}),
        ("The ferryman and his son were seriously wunded.", {"wounded": 2}),
        ("The rebels killed four and woundin 11 on the road to Velmar.", {"killed": 4, "wounded": 11}),
        ("The clashes led to thirty deads, six injurieds and 50 houses burned.", {"killed": 30, "wounded": 6}),
        ("Two sentries were stabbed at the gate of the Velmar barracks.", {"wounded": 2}),
        ("The poet was stabbed in the neck during a reading.", {"wounded": 1}),
        ("Four pilgrims were stabbed and killed near the shrine.", {"killed": 4}),
        ("Gunmen shot a herder dead and injured another one near the well.", {"killed": 1, "wounded": 1}),
        ("Two guards were stabbed to death at the gate.", {"killed": 2}),
    ],
)
def test_misspelt_and_stabbed(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


def test_the_hurt_told_two_sentences_after_the_event_belong_to_it() -> None:
    from datetime import date

    text = (
        "A bomb exploded near the grain market in Kordavi, killing two traders. "
        "He and the officials beside him escaped unharmed. "
        "Six porters were reported to have been injured."
    )
    events = violent_events(text, date(2021, 5, 20))
    assert [(e.fatalities.best, e.injuries.best) for e in events] == [(2, 6)]


def sides(sentence: str) -> list[tuple[str, int, str | None]]:
    return [(f.effect, f.value, f.side) for f in find_casualties(tokenize(sentence))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Six guards were killed in the raid on the depot, while the raiders had two killed.",
        "The rebels ambushed a patrol killing 4, and the insurgents suffered 3 deaths as well.",
    ],
)
def test_the_subject_that_had_or_suffered_the_dead_owns_them(sentence: str) -> None:
    assert sides(sentence)[-1][2] == "perpetrators"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Four guards died in Velmar, which comes three days after a wave of blasts that killed 11 people.",
            {"killed": 4},
        ),
        ("Raiders shot two herders dead, 10 days after another raid that left 13 farmers dead.", {"killed": 2}),
        ("Five porters were killed, the latest in a wave of attacks that has killed 40 this year.", {"killed": 5}),
        ("Two days after the attack, three more porters died of their wounds.", {"killed": 3}),
    ],
)
def test_figures_of_an_earlier_event_named_in_the_sentence(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


# --- wounded figures that land on the event they belong to ---


@pytest.mark.parametrize(
    "text",
    [
        (
            "Two soldiers were killed in a rebel ambush in Korvalo district. "
            "Another five soldiers were wounded in the gun battle that followed."
        ),
        "Three guards were shot dead by gunmen in Brenmoor. Another guard was wounded in the attack.",
    ],
)
def test_another_victim_joins_the_event_told(analyse_text, text: str) -> None:
    events = analyse_text(text, "2015-03-02")
    assert len(events) == 1
    assert events[0].injuries.best is not None and events[0].fatalities.best is not None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Two guards were killed and seven troops – four police officers and three soldiers – were injured.",
            {"killed": 2, "wounded": 7},
        ),
        ("Nine villagers — five women and four children — were wounded in the shelling.", {"wounded": 9}),
    ],
)
def test_an_aside_between_dashes_breaks_down_the_figure(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A police officer and a caretaker was injured after a bomb went off in Velmar.", {"wounded": 2}),
        ("In Brenmoor, the mayor and his gardener was wounded by a grenade.", {"wounded": 2}),
        ("The raid failed and a caretaker was wounded.", {"wounded": 1}),
    ],
)
def test_two_people_joined_by_and_before_a_singular_verb(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "among the dead" opens a share of the killed, not a list of the hurt
        ("Eight were killed, among the dead three guards and 12 were wounded.", {"killed": 8, "wounded": 12}),
        # what a vehicle carries is not the vehicle: "rammed a bus" hurts nobody counted
        (
            "A truck rammed a van carrying pilgrims, killing four pilgrims and wounding another 20.",
            {"killed": 4, "wounded": 20},
        ),
    ],
)
def test_shares_and_vehicles_are_not_extra_wounded(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an age in the subject counts nobody: the people are named without a number
        ("A 17-year-old apprentice was wounded by a stray bullet in Brenmoor.", {"wounded": 1}),
        (
            "The farmer and 9-year-old daughter were killed while the wife and 13-year-old son were badly wounded.",
            {"killed": 2, "wounded": 2},
        ),
    ],
)
def test_an_age_in_the_subject_is_no_count(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the figure before "and" is another clause's; the subject of "was" is the one person after it
        ("Gunmen shot dead two herders and their cousin was wounded near Velmar.", {"killed": 2, "wounded": 1}),
        ("Three porters were killed and the foreman was seriously injured.", {"killed": 3, "wounded": 1}),
    ],
)
def test_one_person_after_and_with_was_is_counted(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


# --- one named victim told by a deed noun -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a date or a place between the deed noun and "of" still names one victim
        ("The party condemned the assassination on 3 May of Tomas Verdel, its candidate.", {"killed": 1}),
        ("THE PARTY CONDEMNED THE ASSASSINATION ON 3 MAY OF TOMAS VERDEL, ITS CANDIDATE.", {"killed": 1}),
        ("Officials denied any role in the 9 June murder in Castrano of Elio Barsa.", {"killed": 1}),
        ("Unions protested the kidnapping on Friday of Pia Lorn, a teacher.", {"kidnapped": 1}),
        # "took the life of" is the singular of "took the lives of"
        ("The ambush took the life of candidate Oren Falk.", {"killed": 1}),
        ("The blast caused the death of a guard at the depot.", {"killed": 1}),
    ],
)
def test_one_victim_of_a_deed_noun(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one more person after "and" (a singular people noun, with or without "of"), also in capitals
        ("The council demanded an inquiry into the murder of mayor Ilse Brandt and of her driver.", {"killed": 2}),
        ("The feud ended in the death of farmer Anso Lund and teacher Mira Holt.", {"killed": 2}),
        ("THE FEUD ENDED IN THE DEATH OF FARMER ANSO LUND AND TEACHER MIRA HOLT.", {"killed": 2}),
        # two titles of one person joined by "and" are one person
        ("AFTER THE ASSASSINATION OF SENATOR AND PRESIDENTIAL CANDIDATE OLAF RENN, TROOPS MOVED IN.", {"killed": 1}),
    ],
)
def test_another_named_victim_after_and(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the victim named as the owner of the deed
        ("Police detained 200 people after Senator Ivo Marten's murder on 3 May.", {"killed": 1}),
        ("THEY SAID THAT MARTEN'S ASSASSINATION WAS CARRIED OUT BY THREE MEN.", {"killed": 1}),
        # the owner did the deed: its object is the count
        ("The militia's killing of two herders was condemned.", {"killed": 2}),
    ],
)
def test_victim_owning_the_deed(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # every name in a list before "were" counts
        ("AFTER THE RAID QUISTO, ILDA SARNE, AND DORIN AGUEL WERE KILLED.", {"killed": 3}),
        ("After the raid Quisto, Ilda Sarne and Dorin Aguel were killed.", {"killed": 3}),
    ],
)
def test_every_listed_name_counts(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "as well as" goes on with the list, past "of" and the place of the first person
        ("REBELS HAVE KILLED THE MAYOR OF THE HAMLET OF TARNO, AS WELL AS TWO FARMERS, RADIO REPORTED.", {"killed": 3}),
        ("Rebels killed the mayor of Tarno, as well as two farmers.", {"killed": 3}),
    ],
)
def test_as_well_as_goes_on_with_the_victims(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a plural people noun followed by names: each name counts
        ("TROOPS MURDERED PEASANTS IVAN VASKO AND RAFAEL ROMO.", {"killed": 2}),
        ("Troops murdered herders Ivan Vasko, Ole Brin and Rafael Romo near the port.", {"killed": 3}),
        # no names, no count
        ("TROOPS KILLED PEASANTS AND SOLDIERS IN THE VILLAGE.", {}),
    ],
)
def test_names_after_a_plural_noun_count(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the effect before the colon, the people named one by one after it
        (
            "THE FOLLOWING GUARDS DIED IN COMBAT: MAJOR JUAN PEREZ, CAPTAIN LUIS GOMEZ, SERGEANT PEDRO DIAZ "
            "AND CORPORAL MARIO RUIZ.",
            {"killed": 4},
        ),
        (
            "The following were wounded in the blast: Ana Lind, a teacher; Ivan Vasko, 32; and Mira Holt.",
            {"wounded": 3},
        ),
        # no effect before the colon: no casualties
        ("The following people were arrested: Juan Perez and Luis Gomez.", {}),
    ],
)
def test_people_listed_after_the_following(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the people after "along with" share the fate of the victim before it
        (
            "TOMAS BREVIK, 65, WAS KILLED AT 0815 NEAR HIS HOME IN ARDENVILLE, ALONG WITH TWO OF HIS BODYGUARDS.",
            {"killed": 3},
        ),
        ("A Varosian peacekeeper was killed along with two civilians near Ostrava.", {"killed": 3}),
        # no casualty before it, no people after it, or another fate in between: nothing shared
        ("The mayor was arrested along with three of his guards.", {}),
        ("Two bodies were found along with three rifles.", {"killed": 2}),
        (
            "Three tourists were injured and two guides were among the kidnapped, together with two drivers.",
            {"wounded": 3},
        ),
        # the fate told nearest before is the one shared
        (
            "Three tourists were injured and two were kidnapped together with two drivers.",
            {"wounded": 3, "kidnapped": 4},
        ),
    ],
)
def test_people_along_with_a_victim(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


def test_a_toll_booth_is_no_death_toll() -> None:
    from eventwatch.model import Article
    from eventwatch.pipeline import analyse

    text = "Bandits fired at two clerks in the toll booth on the coast road, wounding both, police in Cali said."
    events = analyse(Article(doc_id="toll", text=text))
    assert events
    assert all(e.fatalities.best is None for e in events)
    assert any(e.injuries.best == 2 for e in events)
