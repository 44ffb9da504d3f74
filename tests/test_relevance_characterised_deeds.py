"""A deed word that only characterises the deed just told ("this is considered a terrorist attack
because ...") is no deed of its own: the days of the reason that follows do not start another record,
and the toll told after it stays with the attack. Texts are our own; names are invented."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article
from eventwatch.pipeline import analyse

_TEXT = (
    "LIMA, 3 APR 89 (RADIO) -- [TEXT] 1. ON 1 APRIL, FROM 1900 TO 2300, THE POLICE POST IN TOCACHE WAS "
    "ATTACKED BY ARMED REBELS.  2. THIS IS CONSIDERED A TERRORIST ATTACK BECAUSE ON 29 MARCH THE POLICE "
    "DETAINED FOUR MEN WITH RIFLES LIKE THOSE OF THE ATTACKERS.  3. THE ATTACKERS USED GRENADES AND RIFLES.  "
    "4. TWO POLICEMEN DIED IN THE FIGHT AND A BOY WAS WOUNDED."
)


def test_a_characterised_deed_starts_no_record() -> None:
    events = analyse(Article(doc_id="t", text=_TEXT, published=date(1989, 4, 3)))
    assert [(e.date_start, e.fatalities.best, e.injuries.best) for e in events] == [(date(1989, 4, 1), 2, 1)]
