"""Casualty phrasings the number rules once missed: a bracketed breakdown between two coordinated
counts, an effect noun after a describing word, people told after an inverted "also <effect> was",
and a person taken to hospital who died there. Sentences are our own, with invented names and places."""

from __future__ import annotations

from datetime import date

from conftest import one_violent_event
from eventwatch.extract.casualties import find_casualties
from eventwatch.model import Event
from eventwatch.text import tokenize

_PUBLISHED = date(1990, 3, 3)


def _figures(text: str) -> list[tuple[str, int, bool]]:
    return [(f.effect, f.value, f.additional) for f in find_casualties(tokenize(text))]


def _event(text: str) -> Event:
    return one_violent_event(text, _PUBLISHED)


def test_a_bracketed_breakdown_does_not_hide_the_first_count() -> None:
    figures = _figures("Four soldiers (three privates and a sergeant) and two farmers were killed near Lomas.")
    assert [(e, v) for e, v, _ in figures] == [("killed", 4), ("killed", 2)]


def test_a_bracketed_breakdown_in_capitals_adds_up_in_the_record() -> None:
    event = _event(
        "ARDENVILLE, 3 MAR 90 -- FIVE TEACHERS (FOUR WOMEN AND ONE MAN) AND THREE STUDENTS WERE KILLED "
        "TODAY BY GUNMEN IN ARDENVILLE."
    )
    assert event.fatalities.best == 8


def test_an_effect_noun_after_a_describing_word_counts_the_dead() -> None:
    assert _figures("Rescue workers recovered 37 charred bodies of the passengers.") == [("killed", 37, False)]
    assert _figures("Soldiers found 9 mutilated corpses of farm workers near the river.") == [("killed", 9, False)]


def test_an_article_before_a_described_noun_counts_nobody() -> None:
    assert _figures("The rebels left a burned body of evidence.") == []


def test_people_told_after_an_inverted_also_add_to_those_before() -> None:
    assert _figures("ALSO INJURED WAS A MARKET VENDOR.") == [("wounded", 1, True)]
    assert _figures("Also killed were two of his guards.") == [("killed", 2, True)]
    assert _figures("Also damaged were two buildings.") == []


def test_an_inverted_also_adds_in_the_record() -> None:
    event = _event(
        "ARDENVILLE, 3 MAR 90 -- A BOMB EXPLODED TODAY IN ARDENVILLE. ONE PERSON WAS INJURED IN THE BLAST. "
        "ALSO INJURED WAS A TAXI DRIVER."
    )
    assert event.injuries.best == 2


def test_a_person_who_died_in_hospital_is_dead_not_hurt() -> None:
    assert _figures("The driver was rushed to hospital, where he died on Tuesday.") == [("killed", 1, False)]
    assert _figures("Two policemen were taken to hospital where they later died.") == [("killed", 2, False)]
    assert _figures("Three farmers were taken to hospital and are in stable condition.") == [("wounded", 3, False)]


def test_passed_away_tells_a_death() -> None:
    assert _figures("Two soldiers passed away on Monday after the ambush.") == [("killed", 2, False)]


def test_a_named_list_before_died_counts_each_person() -> None:
    assert _figures("HIS SISTER AND COLLEAGUES VARELA AND OSTROM ALSO DIED IN THE AMBUSH.") == [("killed", 3, True)]
    assert _figures("Judge Ana Varela and her driver Tomas Ruiz died in the blast.") == [("killed", 2, False)]
    assert _figures("Soldiers and rebels died in the clash.") == []


def test_a_named_list_that_also_died_adds_to_the_victim_before() -> None:
    event = _event(
        "ARDENVILLE, 3 MAR 90 -- ON 2 MARCH UNION LEADER TOMAS BREVIK WAS KILLED BY GUNMEN IN ARDENVILLE. "
        "HIS SISTER AND COLLEAGUES VARELA AND OSTROM ALSO DIED IN THE ATTACK."
    )
    assert event.fatalities.best == 4


def test_one_person_with_asides_before_died_is_one() -> None:
    assert _figures("MARCO VELLANI, THE BANKER, AND LEADER OF THE CLUB, DIED TODAY IN A SHOOTOUT.") == [
        ("killed", 1, False)
    ]


def test_a_day_of_the_month_before_the_victim_counts_nobody() -> None:
    assert _figures("ON 2 MARCH UNION LEADER TOMAS BREVIK WAS KILLED BY GUNMEN IN ARDENVILLE.") == [
        ("killed", 1, False)
    ]


def test_a_list_parted_by_semicolons_after_killing_counts_each_person() -> None:
    figures = _figures(
        "THE BOMB WENT OFF AT NOON, KILLING ANA LIND, 42; PETRA LIND, 19; A YOUTH KNOWN ONLY AS TITO; "
        "EMIL VASKO, AND A TRAFFIC OFFICER."
    )
    assert [(e, v) for e, v, _ in figures] == [("killed", 5)]


def test_a_past_verb_after_the_named_victim_ends_the_list() -> None:
    figures = _figures("VASKO, AFTER KILLING CAPTAIN LIND, ASSUMED THE COMMAND OF THE UNIT IN MAY.")
    assert [(e, v) for e, v, _ in figures] == [("killed", 1)]


def test_later_is_no_name_in_a_list_of_victims() -> None:
    assert _figures("THE PRIEST PROTESTED THE MURDER OF A YOUNG STUDENT AND LATER ATTEMPTS TO CLOSE THE SCHOOL.") == [
        ("killed", 1, False)
    ]
    assert _figures("Later, two soldiers were wounded when their truck hit a mine.") == [("wounded", 2, False)]


def test_a_bracket_before_who_died_does_not_hide_the_person() -> None:
    figures = _figures("THEY ATTENDED THE FUNERAL OF THE SON OF THE PORT CHIEF (CAPTAIN IVO LANG) WHO DIED ON MONDAY.")
    assert figures == [("killed", 1, False)]


def test_a_quoted_verb_still_takes_its_victims() -> None:
    figures = _figures('THE PARTY ACCUSED THE ARMY OF "MURDERING" PARTY LEADER IVO LANG AND TWO OTHER PARTY MEMBERS.')
    assert sorted(v for _, v, _ in figures) == [1, 2]


def test_one_taken_to_a_named_hospital_who_died_there_is_dead() -> None:
    assert _figures("THE VICTIM WAS TAKEN TO THE NAVAL HOSPITAL WHERE HE SADLY PASSED AWAY.") == [("killed", 1, False)]
    assert _figures("The mayor was taken to the military hospital, where he is recovering.") == []


def test_people_the_actor_tables_do_not_list_are_still_counted() -> None:
    assert [(e, v) for e, v, _ in _figures("ONE ADULT AND THREE MINORS WERE KILLED.")] == [("killed", 1), ("killed", 3)]
    figures = _figures("THE MEN WHO KILLED SIX PRIESTS AND TWO COMPANIONS FLED.")
    assert [(e, v) for e, v, _ in figures] == [("killed", 6), ("killed", 2)]


def test_a_double_dash_aside_and_dotted_initials_do_not_cut_the_count() -> None:
    figures = _figures("TWO U.N. OBSERVERS -- AGED 30 AND 41 -- WERE SHOT TO DEATH LAST NIGHT.")
    assert figures == [("killed", 2, False)]


def test_a_count_of_the_dead_and_hurt_together_is_neither() -> None:
    assert _figures("Twenty people were killed or injured in the blast.") == []
    assert _figures("Twelve people were killed and wounded in the blast.") == []
    assert _figures("Gunmen shot a farmer dead and injured another one.") == [
        ("killed", 1, False),
        ("wounded", 1, False),
    ]
    assert [(e, v) for e, v, _ in _figures("Fourteen people were kidnapped and killed.")] == [
        ("kidnapped", 14),
        ("killed", 14),
    ]


def test_no_one_killed_or_injured_is_none_of_either() -> None:
    assert _figures("The grenade left no one killed or injured.") == [("killed", 0, False), ("wounded", 0, False)]


def test_the_massacre_of_people_named_one_by_one_counts_each() -> None:
    figures = _figures(
        "THE MASSACRE OF THE MONKS IVO LANG, ANA LIND, AND PETR HOLM, ALONG WITH MRS EVA DURAN AND HER SON "
        "TOMAS DURAN, WAS CARRIED OUT AT DAWN."
    )
    assert [(e, v) for e, v, _ in figures] == [("killed", 5)]


def test_a_second_name_with_its_own_aside_is_another_victim() -> None:
    figures = _figures(
        "IVO LANG, LEADER OF THE RURAL WORKERS MOVEMENT (RWM) AND EVA DURAN, A GREEN PARTY ORGANISER WERE "
        "ABDUCTED AND KILLED LAST MONTH."
    )
    assert ("killed", 2) in [(e, v) for e, v, _ in figures]


def test_fatally_shot_or_stabbed_is_a_death() -> None:
    assert _figures("Party critic Ivo Lang was fatally shot outside his home.") == [("killed", 1, False)]
    assert [(e, v) for e, v, _ in _figures("Two guards were fatally stabbed.")] == [("killed", 2)]


def test_times_shot_count_no_people() -> None:
    assert _figures("An officer was fatally shot three times at close range.") == [("killed", 1, False)]
    assert [(e, v) for e, v, _ in _figures("A farmer was stabbed several times in the market.")] == [("wounded", 1)]


def test_killed_himself_and_others_counts_the_others() -> None:
    assert _figures("A suicide bomber killed himself and nine others at a busy tram stop.") == [("killed", 9, False)]
    assert [(e, v) for e, v, _ in _figures("Two bombers killed themselves and three other people.")] == [("killed", 3)]


def test_crucified_is_a_killing() -> None:
    assert [(e, v) for e, v, _ in _figures("The militants crucified 3 people in the square.")] == [("killed", 3)]


def test_a_second_object_after_and_keeps_the_first_verb() -> None:
    figures = _figures("Gunmen shot dead a teacher and a guard and kidnapped two others near the school.")
    assert [(e, v) for e, v, _ in figures] == [("killed", 1), ("killed", 1), ("kidnapped", 2)]


def test_a_sentence_adverb_is_no_name_in_a_list() -> None:
    assert _figures("Meanwhile, Ivo Lang and Ana Lind were killed.") == [("killed", 2, False)]


def test_a_participle_between_determiner_and_people_describes_them() -> None:
    figures = _figures("Afterwards, two of the kidnapped nurses were found dead by the road.")
    assert [(e, v) for e, v, _ in figures] == [("killed", 2)]
    # "the wounded" names whom the one is taken out of, not the one's own effect: a death besides
    # those told before (hurt_died_later), never one more wounded
    assert _figures("One of the wounded later died in a clinic.") == [("killed", 1, True)]


def test_a_counted_phrase_with_its_own_effect_word_keeps_it() -> None:
    figures = _figures("The raid left a killed soldier and seven other wounded people.")
    assert sorted((e, v) for e, v, _ in figures) == [("killed", 1), ("wounded", 7)]


def test_kids_and_jawans_are_people() -> None:
    assert [(e, v) for e, v, _ in _figures("The blast went off, wounding one kid who was walking by.")] == [
        ("wounded", 1)
    ]
    assert [(e, v) for e, v, _ in _figures("Militants attack an army patrol, 2 jawans injured.")] == [("wounded", 2)]


def test_animals_and_things_killed_count_no_people() -> None:
    assert _figures("52 cows were killed in the raid.") == []
    assert all(v != 6 for _, v, _ in _figures("THE JUDGE, 51, WAS SHOT SIX TIMES AND DIED INSTANTLY."))


def test_counts_after_in_total_are_the_totals() -> None:
    text = "Gunfire killed 3 guards and 3 rebels, in total 20 people were killed and 9 hurt."
    figures = find_casualties(tokenize(text))
    totals = [(f.effect, f.value) for f in figures if f.is_total]
    assert totals == [("killed", 20), ("wounded", 9)]


def test_a_total_told_again_stands_for_the_counts_beside_it() -> None:
    event = _event(
        "ARDENVILLE, 3 MAR 90 -- 23 people were killed and 84 were injured today in a blast in Ardenville, "
        "a second blast killing 4, in total 23 were killed and 84 were injured."
    )
    assert (event.fatalities.best, event.injuries.best) == (23, 84)


def test_a_lone_him_or_her_after_the_verb_is_one_person() -> None:
    assert _figures("A soldier fired at a woman, wounding her in the head.") == [("wounded", 1, False)]
    assert _figures("They seized the mayor and killed him on the spot.") == [("killed", 1, False)]
    assert _figures("The gunmen stopped the car and killed them.") == []


def test_him_beside_another_count_is_one_of_those_counted() -> None:
    figures = _figures("Two people were killed in two attacks; in one, gunmen shot at a farmer and killed him.")
    assert [(e, v) for e, v, _ in figures] == [("killed", 2)]


def test_a_spelled_count_after_a_day_and_month_is_no_date() -> None:
    figures = _figures("ON THE EVENING OF 24 MAY TWO TEACHERS, WHO WORKED FOR A CHARITY, WERE MURDERED BY A GANG.")
    assert [(e, v) for e, v, _ in figures] == [("killed", 2)]


def test_a_count_told_before_the_toll_phrase_is_the_toll() -> None:
    figures = find_casualties(tokenize("THIS BRINGS TO 8 THE NUMBER OF DEAD IN THE ATTACK."))
    assert [(f.effect, f.value, f.is_total) for f in figures] == [("killed", 8, True)]
    assert find_casualties(tokenize("The raid brought to 12 the number of attacks this month.")) == []


def test_an_inverted_also_may_carry_a_short_phrase_before_its_verb() -> None:
    assert _figures("ALSO INJURED DURING THE PROTEST WAS A TAXI DRIVER.") == [("wounded", 1, True)]
    assert [(e, v) for e, v, _ in _figures("Also killed in the blast were two guards.")] == [("killed", 2)]


def test_left_him_wounded_is_one_person() -> None:
    assert _figures("THE RAIDERS SHOT HIM AND LEFT HIM BADLY WOUNDED.") == [("wounded", 1, False)]
    assert _figures("The bomb left him without a car.") == []
