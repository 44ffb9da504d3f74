"""Casualties: a breakdown between dashes before "and" leaves the count before it coordinated with the
next one ("four monks -- three Italians and one Kenyan -- and two cooks were murdered" is six); a
number inside a relative clause that counts things, not people, opens no new subject ("forty
villagers, who were riding in 3 buses to Kamo were killed"); "were shoot dead", a slip for "shot dead",
still tells a death."""

from __future__ import annotations

from conftest import totals


def figures_of(sentence: str) -> list:
    from eventwatch.extract.casualties import find_casualties
    from eventwatch.text import tokenize

    return find_casualties(tokenize(sentence))


def test_a_dash_breakdown_then_another_count() -> None:
    assert totals("Four monks – three Italians and one Kenyan – and two cooks were murdered at the mission.") == {
        "killed": 6
    }
    assert totals("ON 3 MAY, FOUR MONKS -- THREE ITALIANS AND ONE KENYAN -- AND TWO COOKS WERE MURDERED BY MEN.") == {
        "killed": 6
    }
    assert totals("Five guards -- two Nepalis and three Ugandans -- and a driver were killed near Dalo.") == {
        "killed": 6
    }


def test_a_dash_breakdown_inside_an_object_list() -> None:
    assert totals("Gunmen killed four monks -- three Italians and one Kenyan -- and two cooks at the mission.") == {
        "killed": 6
    }
    assert totals("Gunmen killed four monks – three Italians and one Kenyan – and wounded two cooks.") == {
        "killed": 4,
        "wounded": 2,
    }


def test_shares_between_dashes_stay_shares() -> None:
    figures = figures_of("The riots claimed 31 lives -- including 12 of the gunmen -- and shook the town of Varo.")
    assert [(f.value, f.is_part) for f in figures] == [(31, False), (12, True)]


def test_things_counted_in_a_relative_clause() -> None:
    assert totals("Forty villagers who were riding in 3 buses to Kamo were killed by rebels.") == {"killed": 40}
    assert totals("Forty villagers, who were riding in 3 buses and 2 trucks to Kamo were killed by rebels.") == {
        "killed": 40
    }
    assert totals("Nine miners, who were working in the pit were killed by the blast.") == {"killed": 9}


def test_people_counted_in_a_relative_clause_are_a_new_subject() -> None:
    assert totals("Three soldiers who were guarding the bank where two clerks were injured were killed.") == {
        "wounded": 2
    }


def test_shoot_dead_after_be() -> None:
    assert totals("A policeman was shoot dead by suspected rebels in Tarvo.") == {"killed": 1}
    assert totals("At least twelve herders were shoot dead for bandits near the well.") == {"killed": 12}
    assert totals("Four gunmen shoot dead two traders in Maro.") == {"killed": 2}
