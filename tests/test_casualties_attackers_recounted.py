"""Victims and attackers told in different sentences add up ("rebels killed three policemen ... ten
rebels were also killed"), but a sentence that counts attackers among its own dead ("Ruiz was shot
along with two other militants") recounts the attackers told elsewhere rather than adding to them.
Texts are our own; names and towns are invented."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article
from eventwatch.pipeline import analyse


def _killed(text: str) -> list[int | None]:
    events = analyse(Article(doc_id="t", text=text, published=date(1990, 3, 4)))
    return [e.fatalities.best for e in events]


def test_dead_attackers_counted_again_with_a_named_victim_are_not_added() -> None:
    text = (
        "VALDORA, 4 MAR 90 (EFE) -- Three militants of the Popular Party have been killed by soldiers in "
        "Valdora yesterday. Ruiz was found dead together with two militants."
    )
    assert _killed(text) == [3]


def test_attackers_told_apart_from_the_victims_still_add_up() -> None:
    text = (
        "VALDORA, 4 MAR 90 (EFE) -- Rebels killed three policemen in Valdora yesterday. "
        "Ten rebels were also killed in the fighting."
    )
    assert _killed(text) == [13]
