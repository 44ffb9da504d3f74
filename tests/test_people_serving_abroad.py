"""A people's adjective before those who serve or live abroad ("a Togolese peacekeeper", "a Spanish
priest", "a Canadian mining company") says whose the victims were, not where the deed was; a
country named for a border the deed was near is the other side of it."""

from __future__ import annotations

from conftest import event_place, located


def test_peacekeepers_nationality_is_not_the_scene() -> None:
    text = (
        "Two Senegalese peacekeepers died and a third Senegalese peacekeeper was hurt on Monday when "
        "their truck struck a mine outside the hamlet of Tinzawatene Sud. The Senegalese blue helmets "
        "had escorted fuel lorries across northern Mali."
    )
    place = event_place(text)
    assert place is not None and place.country_code == "ML"


def test_foreign_company_staff_nationality_is_not_the_scene() -> None:
    text = (
        "Gunmen raided the camp of a Chinese construction company and abducted three Chinese engineers "
        "and a Chinese worker near the village of Koubouyo Bas in northern Cameroon on Thursday."
    )
    place = event_place(text)
    assert place is not None and place.country_code == "CM"


def test_namesake_across_a_border_yields(gaz) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Militants fired rockets at an army post in Rafah, on the border with the Gaza Strip, "
        "wounding three conscripts."
    )
    places = located(gaz, text)
    assert places["Rafah"].country_code == "EG"
