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
        # "; and" opens one more person after an aside, as ";" does
        (
            "HIS NEPHEW, MARCOS; RAUL TEVIN OSTA, A TAX INSPECTOR; AND BODYGUARD ELIO MARDEN, WERE ALSO KILLED.",
            {"killed": 3},
        ),
        ("Senator Ivo Larsen, a lawyer; Pedro Garmel, his aide; and Luis Arno were wounded in Tolva.", {"wounded": 3}),
    ],
)
def test_people_listed_one_by_one_all_count(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an aside with "and" inside it is still the same person
        (
            "GUNMEN KILLED ANGELA DE VORSO, WIFE OF COLONEL CARLOS VORSO OF THE TRANSPORT AND SUPPLIES OFFICE "
            "OF THE NAVY STAFF, IN EASTERN TOLVA.",
            {"killed": 1},
        ),
        ("THE KILLING OF PABLO MERZ, MANAGER OF THE ORSA BANK AND A FORMER MAYOR OF TOLVA.", {"killed": 1}),
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
        ("Three farmers, including a boy, were killed in a raid by militants.", {"killed": 3}),
        # no object after the verb
        ("NOBODY SHOULD HAVE TO LIVE AMONG SO MANY KILLED, SO MUCH RUIN, AND SO MUCH FEAR.", {}),
        ("MEN BROKE INTO A SAWMILL, KILLED A GUARD, AND SET FIRE TO THE SHEDS.", {"killed": 1}),
    ],
)
def test_asides_and_counted_lists_add_nobody(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "[ORVEN] AMONG THE INJURED HERE ARE TOMAS VILDO, 47; JAIME ROSTEL, 31; GLADYS PAREL; PEDRO ORTAL, "
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
        ("THE BODY OF AN UNKNOWN YOUTH WAS FOUND ON 14 JUNE BY A RIVER NEAR TOLVA.", {"killed": 1}),
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
        ("THE BLAST LEFT A TOLL OF 1 WOMAN WOUNDED AND 12 SHOPS DAMAGED.", {"wounded": 1}),
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
        "JOSE MARUN WAS KILLED AT THE OFFICES OF THE MOVEMENT, WHOSE FOUNDER WAS THE RECENTLY MURDERED "
        "SENATOR LUIS GALVO."
    )
    assert totals(sentence) == {"killed": 1}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the victim after a short aside between commas
        (
            "ON REACHING THE CLINIC IN TOLVA, THEY MURDERED, AT GUNPOINT, A GUARD WHO WAS RECOVERING THERE.",
            {"killed": 1},
        ),
        # lists of deeds and shares are no asides
        ("NO BISHOP HAS EVER BEEN JAILED, MURDERED, OR EXPELLED, BUT FOR A SINGLE CASE.", {}),
        (
            "Twenty people were killed and 27 injured, including popular singer, Ravi Tandel.",
            {"killed": 20, "wounded": 27},
        ),
    ],
)
def test_a_victim_after_an_aside_on_the_deed(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a vague count after a perfect tense is the killers' record, not a toll
        ("THE MAYOR STATED THAT THE GANG HAS KILLED SEVERAL PEOPLE AND HAS PLANTED BOMBS.", {}),
        ("Fighting between the rebels and the army has killed scores of people.", {}),
        # told as news, or with an exact number, it counts
        ("Gunmen killed several people in the market of Tolva.", {"killed": 3}),
        ("The rebels have killed 12 soldiers near Tolva.", {"killed": 12}),
    ],
)
def test_a_record_of_killings_is_no_toll(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected


def test_a_group_without_its_number_is_not_one_person() -> None:
    assert totals("THE CONSUL STILL KNOWS NOTHING ABOUT THE MURDER OF THE JESUIT PRIESTS.") == {}


def test_a_group_takes_the_number_told_in_another_sentence(analyse_text) -> None:  # type: ignore[no-untyped-def]
    text = (
        "TOLVA, 20 DEC 89 -- A JUDGE TODAY HEARD A WITNESS GIVE EVIDENCE ABOUT THE SIX JESUIT "
        "PRIESTS OF THE ORSA COLLEGE. THE WITNESS SAID THAT SOLDIERS CARRIED OUT THE MURDER OF THE JESUIT "
        "PRIESTS IN TOLVA ON 16 NOVEMBER."
    )
    events = [e for e in analyse_text(text, published="1989-12-20") if e.fatalities.best is not None]
    assert [e.fatalities.best for e in events] == [6]
