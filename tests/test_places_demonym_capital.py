"""A capital named by its people ("in the Peruvian capital") is that country's capital, even in a
report filed from another country. Sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=date(1989, 10, 26))) if e.is_violent]


def test_a_capital_named_by_its_people_in_a_report_filed_abroad() -> None:
    text = (
        "MOSCOW, 26 OCT 89 (TASS) -- [TEXT] BOMBS EXPLODED ON WEDNESDAY EVENING IN THE PERUVIAN CAPITAL, "
        "DAMAGING TWO EMBASSIES."
    )
    events = _events(text)
    assert [(e.location.name, e.location.country) for e in events if e.location] == [("Lima", "Peru")]


def test_a_capital_named_by_its_people_is_where_the_deed_was_not_the_filing_town() -> None:
    text = (
        "SAN JOSE (COSTA RICA), 26 OCT 89 (ACAN) -- [TEXT] GUNMEN KILLED TWO UNION LEADERS LAST NIGHT IN "
        "THE GUATEMALAN CAPITAL."
    )
    events = _events(text)
    assert [e.location.country for e in events if e.location] == ["Guatemala"]
    assert events[0].location.precision == 1


def test_the_capital_in_news_is_the_seat_of_government_where_it_differs() -> None:
    # Bolivia's constitutional capital is Sucre, but "the Bolivian capital" of reports is La Paz
    text = (
        "LIMA, 26 OCT 89 (AFP) -- [TEXT] A BOMB DAMAGED A BANK BRANCH YESTERDAY IN THE BOLIVIAN CAPITAL, "
        "THE POLICE REPORTED."
    )
    events = _events(text)
    assert [(e.location.name, e.location.country) for e in events if e.location] == [("La Paz", "Bolivia")]


def test_the_constitutional_capital_stays_a_capital_for_datelines() -> None:
    text = "SUCRE, 26 OCT 89 (PRESENCIA) -- [TEXT] UNKNOWN MEN BURNED A RADIO STATION HERE LAST NIGHT."
    events = _events(text)
    assert [(e.location.name, e.location.country) for e in events if e.location] == [("Sucre", "Bolivia")]
