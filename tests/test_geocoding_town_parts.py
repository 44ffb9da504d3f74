"""A place written with a word for a part of a town, then a comma and the town ("X corregimiento,
Tolva, in Y department"), lies in that town: a namesake of X far away in another department is not
where it happened. Texts are our own; the towns are real Colombian towns."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article
from eventwatch.pipeline import analyse


def _place(text: str):
    events = analyse(Article(doc_id="t", text=text, published=date(1990, 3, 4)))
    assert events
    return events[0].location


def test_a_part_of_a_town_lies_in_that_town_not_at_a_far_namesake() -> None:
    place = _place(
        "BOGOTA, 4 MAR 90 (EFE) -- GUERRILLAS ATTACKED A POLICE POST IN NARINO CORREGIMIENTO, TULUA, "
        "IN VALLE DEL CAUCA DEPARTMENT ON 2 MARCH, KILLING TWO POLICEMEN."
    )
    assert place.admin1 == "Valle del Cauca"
    assert place.admin2 == "Tuluá"


def test_a_bare_comma_list_of_towns_is_not_read_as_parts() -> None:
    place = _place("Guerrillas attacked police posts in Cali, Tulua and Buga on 2 March, killing two policemen.")
    assert place.name == "Cali"
    assert place.admin2 != "Tuluá"
