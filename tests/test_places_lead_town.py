"""A wire report whose opening paragraph names another town of its dateline's country before it tells
any deed ("BOGOTA -- CALI LIVES IN FEAR.") is about that town: a deed the report places nowhere
happened there, not where the report was filed. So within a paragraph: a deed named nowhere happened
in the one town a sentence telling no deed names before it in its paragraph. A first sentence that
tells a deed of its own, a town named in another paragraph, or a list of towns leave the dateline's
town as before (resolve/scene_town.py). The sentences are written for these tests; names are
invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1990, 5, 14)


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def _place(text: str) -> str | None:
    [event] = _events(text)
    return event.location.name if event.location is not None else None


def test_a_lead_naming_a_town_places_a_deed_told_without_one() -> None:
    text = (
        "BOGOTA, 14 MAY 90 (RADIO CARACOL) -- [TEXT] FEAR HAS GRIPPED CALI FOR A WEEK NOW.  THIS "
        "AFTERNOON A BOMB WENT OFF IN A SHOE SHOP AND INJURED TWO CLERKS, THE POLICE SAID."
    )
    assert _place(text) == "Cali"


def test_a_town_as_the_subject_of_the_lead_places_the_deed() -> None:
    text = (
        "BOGOTA, 14 MAY 90 (RADIO CARACOL) -- [TEXT] CALI CONTINUES TO LIVE IN FEAR.  THIS "
        "AFTERNOON A BOMB WENT OFF IN A SHOE SHOP AND INJURED TWO CLERKS, THE POLICE SAID."
    )
    assert _place(text) == "Cali"


def test_a_lead_without_another_town_keeps_the_dateline() -> None:
    text = (
        "BOGOTA, 14 MAY 90 (RADIO CARACOL) -- [TEXT] FEAR HAS GRIPPED THE CITY FOR A WEEK NOW.  THIS "
        "AFTERNOON A BOMB WENT OFF IN A SHOE SHOP AND INJURED TWO CLERKS, THE POLICE SAID."
    )
    assert _place(text) == "Bogotá"


def test_a_lead_telling_its_own_deed_leaves_other_deeds_at_the_dateline() -> None:
    text = (
        "BOGOTA, 14 MAY 90 (RADIO CARACOL) -- [TEXT] GUNMEN KILLED A JUDGE IN CALI LAST NIGHT.  THIS "
        "AFTERNOON A BOMB WENT OFF IN A SHOE SHOP AND INJURED TWO CLERKS, THE POLICE SAID."
    )
    places = {e.location.name for e in _events(text) if e.location is not None}
    assert "Bogotá" in places


def test_a_town_later_in_the_opening_paragraph_places_the_deed() -> None:
    text = (
        "BOGOTA, 14 MAY 90 (RADIO CARACOL) -- [TEXT] OUR REPORTERS HAVE SPENT THE DAY ON THE ROADS OF "
        "THE VALLEY.  AN HOUR AGO THEY REACHED CALI.\n\n   A GROCER, HERNAN QUIROGA, WAS SHOT DEAD "
        "AT HIS COUNTER THIS AFTERNOON, THE POLICE SAID."
    )
    assert _place(text) == "Cali"


def test_a_town_named_only_in_a_later_paragraph_is_no_lead() -> None:
    text = (
        "BOGOTA, 14 MAY 90 (RADIO CARACOL) -- [TEXT] THE CABINET MET THIS MORNING TO DISCUSS THE "
        "BUDGET.\n\n   THE MINISTER LATER OPENED A NEW BRIDGE IN CALI.\n\n   A GROCER, HERNAN "
        "QUIROGA, WAS SHOT DEAD AT HIS COUNTER THIS AFTERNOON, THE POLICE SAID."
    )
    assert _place(text) == "Bogotá"


_PARAGRAPH_LEAD = (
    "BOGOTA, 14 MAY 90 (RADIO CARACOL) -- [TEXT] GUNMEN SHOT DEAD A JUDGE, ANIBAL TORO, IN PEREIRA LAST NIGHT.\n\n   "
)


def _places(text: str) -> list[str]:
    return sorted(e.location.name for e in _events(text) if e.location is not None)


def test_a_town_setting_the_scene_of_a_paragraph_places_its_deed() -> None:
    text = _PARAGRAPH_LEAD + (
        "CALI, THE CAPITAL OF VALLE DEL CAUCA, HAS BEEN UNDER A CURFEW SINCE SUNDAY.  THIS MORNING "
        "A BOMB WENT OFF IN A SHOE SHOP AND INJURED TWO CLERKS."
    )
    assert _places(text) == ["Cali", "Pereira"]


def test_a_list_of_towns_sets_no_scene() -> None:
    text = _PARAGRAPH_LEAD + (
        "THE ARMY PATROLS CALI, PALMIRA AND BUGA SINCE SUNDAY.  THIS MORNING A BOMB WENT OFF IN A "
        "SHOE SHOP AND INJURED TWO CLERKS."
    )
    assert _places(text) == ["Bogotá", "Pereira"]
