"""A deed negated and then told done after "but" ("had promised they would not plant car bombs any
more, but they planted one on Friday") happened: the negation ends at "but", and a past verb whose
object "one" takes the deed back tells it done, with the day told there. The sentences are written
for these tests; names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.extract.triggers import find_triggers
from eventwatch.model import Article
from eventwatch.pipeline import analyse
from eventwatch.text import tokenize

_PUBLISHED = date(1990, 6, 11)


def _stages(sentence: str) -> list[str]:
    return [t.stage for t in find_triggers(tokenize(sentence))]


def test_negated_deed_told_done_after_but_is_accomplished() -> None:
    sentence = "The rebels had promised they would not plant car bombs any more, but they planted one on Friday."
    assert _stages(sentence) == ["accomplished"]


def test_negated_deed_with_no_deed_after_but_stays_negated() -> None:
    sentence = "The rebels said they would not plant car bombs any more, but their leaders gave no reasons."
    assert _stages(sentence) == ["negated"]


def test_the_deed_done_after_all_is_dated_by_its_day() -> None:
    text = (
        "QUITO, 11 JUN 90 (EFE) -- [TEXT] THE REBELS HAD PROMISED THEY WOULD NOT PLANT CAR BOMBS ANY MORE, "
        "BUT THEY PLANTED ONE YESTERDAY IN FRONT OF A BANK."
    )
    events = [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]
    assert [(e.date_start, e.attack_type) for e in events] == [(date(1990, 6, 10), "Bombing/Explosion")]
