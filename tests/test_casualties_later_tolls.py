"""A toll told as the total in a sentence of its own, far from the deed ("the authorities confirmed
that the death toll stands at 47"), is the toll of the deed the report leads with. Texts are our own,
with invented places and figures."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article
from eventwatch.pipeline import analyse

LEAD = (
    "TOLVA, 8 DEC 89 (EFE) -- The car bomb attack on 6 December that wrecked the police headquarters "
    "in Tolva had been planned for months, officials said. A police spokesman confirmed today that the truck "
    "used in the attack was bought by a man from Anta. Three suspects held after the attack were released "
    "on 7 December. The suspects were taken to the capital. "
)


def _lead_record(text: str):
    events = analyse(Article(doc_id="t", text=text, published=date(1989, 12, 8)))
    return next(e for e in events if e.date_start == date(1989, 12, 6))


def test_a_toll_told_later_on_its_own_is_the_lead_deed_s() -> None:
    record = _lead_record(LEAD + "Officials also confirmed on Friday that the number of victims is 47.")
    assert record.fatalities.best == 47


def test_a_war_s_toll_is_not_the_lead_deed_s() -> None:
    record = _lead_record(LEAD + "Everyone knows this war and its terrible toll of 45,000 victims.")
    assert record.fatalities.best is None
