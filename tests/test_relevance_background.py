"""Relevance: what is news and what is background, plans, talk or
statistics. Sentences and places are our own."""

from __future__ import annotations

from datetime import date

from conftest import violent
from eventwatch.extract.dates import find_dates
from eventwatch.extract.triggers import find_triggers
from eventwatch.model import Article
from eventwatch.pipeline import analyse
from eventwatch.text import tokenize

# --- dates: plans after the report are this year's and date nothing --------------------------------


def test_a_month_day_a_few_days_after_publication_is_this_years_plan() -> None:
    text = "The rebels vowed to disrupt the vote scheduled for 12 November."
    found = find_dates(text, 0, len(text), published=date(1991, 11, 9), anchor=None)
    assert [d.value for d in found] == [date(1991, 11, 12)]


def test_a_planned_date_neither_dates_the_event_nor_moves_the_story_to_last_year(analyse_text) -> None:
    text = (
        "Three days before the council elections scheduled for 12 November, the rebels stepped up "
        "their campaign. On 7 November, rebels blew up four power pylons near Valdoria."
    )
    events = violent(analyse_text(text, "1991-11-09"))
    assert [e.date_start for e in events] == [date(1991, 11, 7)]


def test_a_vote_months_ahead_is_a_plan_not_last_years_date(analyse_text) -> None:
    text = (
        "The rebels want to sabotage the presidential elections on 27 May. "
        "The group is holding two engineers who were kidnapped in Porto Lindo on 12 and 13 February."
    )
    events = violent(analyse_text(text, "1993-02-20"))
    # the kidnappings span 12-13 February (not last May)
    assert [(e.date_start, e.date_end) for e in events] == [(date(1993, 2, 12), date(1993, 2, 13))]


# --- background: events dated long before the report ---------------------------------------------


def test_an_event_dated_long_before_the_report_is_background(analyse_text) -> None:
    text = (
        "The former minister returned to the capital today after two years abroad. "
        "Mendoza was kidnapped on 22 January 1987 but was rescued by the army three days later."
    )
    assert violent(analyse_text(text, "1989-09-26")) == []
    article = Article(doc_id="t", text=text, published=date(1989, 9, 26))
    assert [e.background for e in analyse(article, include_background=True) if e.is_violent] == [True]


def test_an_old_date_in_an_aside_does_not_make_the_news_background(analyse_text) -> None:
    text = (
        "Gunmen shot dead the mayor of Valdoria today, in what the president called an attack on "
        "the democratic process started on 9 March 1984 after twenty years of army rule."
    )
    assert len(violent(analyse_text(text, "1989-08-01"))) == 1


# --- tallies: the toll of a war or a campaign ------------------------------------------------------


def test_a_wars_running_toll_is_not_an_event(analyse_text) -> None:
    text = (
        "The foreign minister flew to Geneva today for talks on the civil war. "
        "The war, which began ten years ago, has left more than 60,000 dead. "
        "The rebel offensive launched last month has resulted in 214 dead and 389 wounded."
    )
    assert violent(analyse_text(text, "1991-03-04")) == []


def test_one_attacks_toll_beside_a_comparison_stays_news(analyse_text) -> None:
    text = "A car bomb killed 128 people in central Maradi, the deadliest attack since 2011."
    assert len(violent(analyse_text(text, "2016-04-19"))) == 1


# --- a report's lead is its news --------------------------------------------------------------------


def test_a_lead_naming_one_attack_is_news_without_a_date_or_toll(analyse_text) -> None:
    text = (
        "The bomb attack on the Valdorian cultural centre in Maradi has caused heavy damage. "
        "Police reported no victims."
    )
    events = violent(analyse_text(text, "1990-04-07"))
    assert len(events) == 1 and events[0].event_type == "Explosions/Remote violence"


def test_a_first_sentence_telling_a_deed_is_news(analyse_text) -> None:
    text = "Militants of the Red Dawn front threw grenades at an army post in Porto Lindo."
    assert len(violent(analyse_text(text, "2015-03-02"))) == 1


def test_a_lead_that_only_talks_of_fighting_or_of_several_events_is_not(analyse_text) -> None:
    assert violent(analyse_text("All the fighting stopped in Santa Lucia at 0100.", "1990-03-09")) == []
    text = "The president spoke today. He said the kidnappings are an attempt to justify a strong hand."
    assert violent(analyse_text(text, "1990-03-09")) == []


# --- words that are not events -----------------------------------------------------------------------


def test_a_state_of_siege_is_a_legal_regime_not_a_siege(analyse_text) -> None:
    text = "The president of Valdoria declared a state of siege throughout the country on Sunday."
    assert violent(analyse_text(text, "1990-11-13")) == []
    assert len(violent(analyse_text("Troops lifted the siege of the embassy in Maradi on Sunday.", "1990-11-13")))


def test_an_attack_on_democracy_is_a_figure_of_speech() -> None:
    assert find_triggers(tokenize("The minister called the new law an attack on democracy.")) == []


def test_an_event_told_as_years_ago_or_last_year_is_background(analyse_text) -> None:
    assert violent(analyse_text("The mayor of Valdoria was assassinated 10 years ago.", "1990-02-26")) == []
    text = "The senator was shot dead by hired gunmen in Porto Lindo last year."
    assert violent(analyse_text(text, "1990-03-11")) == []


def test_a_comparison_with_last_years_attack_leaves_todays_news(analyse_text) -> None:
    text = (
        "Militia forces launched a mortar at the market in Drovna, much like an attack they launched the previous year."
    )
    assert len(violent(analyse_text(text, "1995-08-28"))) == 1


def test_blowing_up_is_a_bombing_and_launching_a_mortar_a_shelling() -> None:
    kinds = {t.kind for t in find_triggers(tokenize("The rebels resumed their campaign by blowing-up the power grid."))}
    assert kinds == {"bombing"}
    kinds = {t.kind for t in find_triggers(tokenize("Militia forces launched a mortar at the market."))}
    assert kinds == {"shelling"}


def test_explosives_hurled_or_shaking_buildings_are_a_bombing(analyse_text) -> None:
    text = "At 0415 today two explosives were hurled at the house of the interior minister in Maradi."
    events = violent(analyse_text(text, "1989-04-14"))
    assert [e.event_type for e in events] == ["Explosions/Remote violence"]
    text = "Four post offices in Porto Lindo were shaken by explosives that caused great damage today."
    assert [e.event_type for e in violent(analyse_text(text, "1989-08-27"))] == ["Explosions/Remote violence"]


def test_a_raid_dated_in_an_earlier_year_is_recalled_but_an_aside_year_is_not(analyse_text) -> None:
    text = "It may be recalled that commander Rolando and 100 armed men raided Valdoria department in 1987."
    assert violent(analyse_text(text, "1989-02-03")) == []
    text = "An inmate serving a term for the Djeloum bombing in 2002 attacked three warders at the Vendin prison."
    assert len(violent(analyse_text(text, "2018-01-11"))) == 1


def test_bomb_threats_and_bomb_squads_are_not_bombings() -> None:
    assert find_triggers(tokenize("The station received six bomb threats on Monday.")) == []
    assert find_triggers(tokenize("The police bomb squad arrived at the scene.")) == []
