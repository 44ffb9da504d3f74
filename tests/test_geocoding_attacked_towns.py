"""A town the data lacks, named as what a deed was done to ("militants attacked Zorbatu"), in a text
that names no other place: the town, placed in the country the text or its armed group tells."""

from __future__ import annotations

from eventwatch.model import Article
from eventwatch.pipeline import analyse


def _place(text: str):
    events = analyse(Article(doc_id="t", text=text))
    assert events
    return events[0].location


def test_the_attacked_town_is_kept_in_the_country_named_after_it() -> None:
    place = _place("Armed men attacked Zorbatu in northern Cameroon overnight and burned twenty huts.")
    assert place is not None and place.name == "Zorbatu" and place.country_code == "CM"


def test_a_raided_town_is_placed_by_the_group_of_one_country() -> None:
    place = _place("Fighters of Boko Haram raided Gulmari before dawn, killing eleven farmers.")
    assert place is not None and place.name == "Gulmari" and place.country_code == "NG"


def test_a_person_attacked_is_no_town() -> None:
    place = _place("Gunmen attacked Ahmed Karimi outside his home in Nigeria, killing him.")
    assert place is None or place.name != "Ahmed Karimi"


def test_a_known_town_elsewhere_in_the_text_comes_first() -> None:
    place = _place("Rebels attacked Zorbatu and then shelled the barracks in Maroua, killing six soldiers.")
    assert place is not None and place.name == "Maroua"
