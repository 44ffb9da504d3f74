"""Victims listed one by one (names, titles, asides) and groups whose number the report tells in
another sentence. Sentences are our own, with invented names and places."""

from __future__ import annotations

import pytest

from conftest import totals


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # names with asides in brackets, then a household named after "as well as"
        (
            "Rector Tomas Vildo, Pedro Garmel (Spaniards), and Luis Arno (Velmaran), as well as their cook, "
            "Ana Diaz, and her daughter, Rosa Diaz, were assassinated.",
            {"killed": 5},
        ),
        # an aside holding a number describes the people before it
        (
            "PRIESTS TOMAS VILDO, PEDRO GARMEL, LUIS ARNO, AND JOSE RUTEL, THE FIRST THREE SPANIARDS AND THE "
            "LAST A VELMARAN, WERE KILLED IN LOSARIO.",
            {"killed": 4},
        ),
        # names after a plural noun count one each, and so does a kinsman with a name
        ("Terrorists murdered brothers Ivo and Pedro Osta and their mother Marta Osta.", {"killed": 3}),
        ("TERRORISTS MURDERED BROTHERS IVO AND PEDRO OSTA AND THEIR MOTHER MARTA OSTA.", {"killed": 3}),
        # an aside after a name is the same person; ", and" opens the next one
        (
            "A commando killed Hector Ramil, leader of the Popular Party, and social democratic leader Gilda "
            "Fornes in Losario.",
            {"killed": 2},
        ),
        ("THE ASSASSINATION OF PARTY LEADER HECTOR RAMIL AND OF ATTORNEY GILDA FORNES.", {"killed": 2}),
        ("Judge Maria Dorel, a magistrate, and two of her bodyguards were assassinated in Tolva today.", {"killed": 3}),
        # ";" parts people whose asides hold commas
        (
            "EARLY IN THE MORNING OF 16 MAY, PRIESTS TOMAS VILDO, RECTOR OF THE COLLEGE; PEDRO GARMEL, AND "
            "LUIS ARNO WERE ASSASSINATED.",
            {"killed": 3},
        ),
    ],
)
def test_people_listed_one_by_one_all_count(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an aside with "and" inside it is still the same person
        (
            "GUNMEN KILLED ANGELA DE VORSO, WIFE OF COLONEL CARLOS VORSO OF THE SUPPLY AND LOGISTICS DEPARTMENT "
            "OF THE ARMED FORCES GENERAL COMMAND, IN NORTHERN TOLVA.",
            {"killed": 1},
        ),
        ("THE KILLING OF PABLO MERZ, PRESIDENT OF THE ORSA COMPANY AND MAYOR OF TOLVA IN 1984.", {"killed": 1}),
        (
            "THEY ORDERED THE ASSASSINATION OF BRUNO JARAL, PRESIDENTIAL CANDIDATE OF PATRIOTIC UNION, UP.",
            {"killed": 1},
        ),
        # two titles of one person joined by "and"
        ("GUNMEN MURDERED SENATOR AND PRESIDENTIAL HOPEFUL LUIS GALVO IN TOLVA.", {"killed": 1}),
        # a place before the list is not a person
        (
            "A gunman killed the ambassador in Tolva and three bystanders were also injured.",
            {"killed": 1, "wounded": 3},
        ),
        # a number heading the list counts the names after it
        ("Two security officers, Maha Jeno and Boon Perra, were killed by gunmen on a motorbike.", {"killed": 2}),
        ("Four civilians, including a child, were killed in an attack by militants.", {"killed": 4}),
        # no object after the verb
        ("IT IS NOT FAIR TO LIVE WHERE THERE ARE SO MANY KILLED, SO MUCH DESTRUCTION, AND SO MANY PROBLEMS.", {}),
        ("MEN BROKE INTO A FARM, KILLED A WATCHMAN, AND SET FIRE TO THE FARM.", {"killed": 1}),
    ],
)
def test_asides_and_counted_lists_add_nobody(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "[ORVEN] AMONG THE INJURED HERE ARE TOMAS VILDO, 53; JAIME ORLAN, 24; GLADYS PAREL; PEDRO ORTAL, "
            "AND CARMEN ROSA GUTIEL.",
            {"wounded": 5},
        ),
        ("Among the dead were Juan Perel and Ana Losta.", {"killed": 2}),
        # the names are some of those the sentence counts
        ("Twelve people were injured; among the injured were Juan Perel and Ana Losta.", {"wounded": 12}),
    ],
)
def test_people_listed_after_among_the_injured(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("THE BODY OF AN UNIDENTIFIED MAN WAS FOUND ON 9 MAY ON A ROAD NEAR TOLVA.", {"killed": 1}),
        ("The body of journalist Ana Losta was found in a ditch outside Tolva.", {"killed": 1}),
        ("The body of the truck was riddled with bullets.", {}),
    ],
)
def test_a_body_found_is_one_dead(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a person named through another's possessive
        ("THE ATTACKERS ALSO WOUNDED VORSO'S SON.", {"wounded": 1}),
        ("Gunmen killed the mayor's driver near Tolva.", {"killed": 1}),
        # the word after the people tells the toll's effect
        ("THE BLAST LEFT A TOLL OF 1 PERSON WOUNDED AND DAMAGE TO 20 STORES.", {"wounded": 1}),
        ("The blast left a toll of 12 people injured.", {"wounded": 12}),
    ],
)
def test_possessed_victims_and_tolls_of_the_wounded(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a definite title after a person counted in the sentence names that person again
        (
            "CRIMINALS TOOK PART IN THE ASSASSINATION OF SENATOR LUIS GALVO, THE LIBERAL PARTY CANDIDATE WHO WAS "
            "GUNNED DOWN IN TOLVA ON 18 MAY.",
            {"killed": 1},
        ),
        (
            "THE BODY OF DEPUTY GABRIEL SANTAL LIES IN STATE AT THE ASSEMBLY WHERE THE PARTY LEADER WAS "
            "ASSASSINATED ON 27 MAY.",
            {"killed": 1},
        ),
        # but not after "and", "also" or ";": more people
        ("The mayor was killed and the judge was killed.", {"killed": 2}),
        ("Gunmen killed Juan Perel; the driver was also killed.", {"killed": 2}),
    ],
)
def test_a_victim_named_again_counts_once(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an age or a number inside the aside counts nobody
        ("JOSE MARUN, 32, DIED IN HOSPITAL.", {"killed": 1}),
        ("Carlos Pizal, candidate of the M-19 group, died in hospital on Thursday.", {"killed": 1}),
    ],
)
def test_one_who_died_after_an_aside_with_a_number(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


def test_a_victim_of_an_earlier_deed_named_as_recently_murdered_is_not_counted() -> None:
    sentence = (
        "JOSE MARUN WAS KILLED AT THE HEADQUARTERS OF THE PARTY, WHOSE LEADER IS THE RECENTLY MURDERED "
        "SENATOR LUIS GALVO."
    )
    assert totals(sentence) == {"killed": 1}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the victim after a short aside between commas
        (
            "WHEN THEY ENTERED THE CLINIC IN TOLVA, THEY MURDERED, AT GUNPOINT, A SOLDIER WHO WAS BEING TREATED.",
            {"killed": 1},
        ),
        # lists of deeds and shares are no asides
        ("NO PRIEST HAS EVER BEEN IMPRISONED, MURDERED, OR EXILED, EXCEPT ON ONE OCCASION.", {}),
        (
            "Twenty people were killed and 31 injured, including local film star, Ravi Tandel.",
            {"killed": 20, "wounded": 31},
        ),
    ],
)
def test_a_victim_after_an_aside_on_the_deed(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a vague count after a perfect tense is the killers' record, not a toll
        ("THE MINISTER SAID THAT THE GROUP HAS KILLED SEVERAL PEOPLE AND HAS CARRIED OUT BOMB ATTACKS.", {}),
        ("Fighting between the rebels and the army has killed scores of people.", {}),
        # told as news, or with an exact number, it counts
        ("Gunmen killed several people in the market of Tolva.", {"killed": 3}),
        ("The rebels have killed 12 soldiers near Tolva.", {"killed": 12}),
    ],
)
def test_a_record_of_killings_is_no_toll(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


def test_a_group_without_its_number_is_not_one_person() -> None:
    assert totals("THE AMBASSADOR IS STILL IN THE DARK AS REGARDS THE MURDER OF THE JESUIT PRIESTS.") == {}


def test_a_group_takes_the_number_told_in_another_sentence(analyse_text) -> None:  # type: ignore[no-untyped-def]
    text = (
        "TOLVA, 20 DEC 89 -- A COURT HEARD TODAY THE DEPOSITION OF A WITNESS IN THE CASE OF THE SIX JESUIT "
        "PRIESTS OF THE ORSA COLLEGE. THE WITNESS SAID THAT SOLDIERS CARRIED OUT THE MURDER OF THE JESUIT "
        "PRIESTS IN TOLVA ON 16 NOVEMBER."
    )
    events = [e for e in analyse_text(text, published="1989-12-20") if e.fatalities.best is not None]
    assert [e.fatalities.best for e in events] == [6]
