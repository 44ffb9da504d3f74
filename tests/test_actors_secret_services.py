"""A state's secret services held to account are the state's doers: "the front accused the
intelligence services of assassinating its leader" names the services, not the accusing front, as the
perpetrator. Sentences, groups and names are our own inventions."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import deed_actors
from eventwatch.model import Article
from eventwatch.pipeline import analyse


@pytest.mark.parametrize(
    "text",
    [
        "The Popular Liberation Front accused the intelligence services of the murder of Tomas Arvena.",
        "Relatives blamed the security services for the killing of the lawyer.",
    ],
)
def test_secret_services_blamed_are_a_state_doer(text: str) -> None:
    found = deed_actors(text, "murder", "killing")
    assert any(kind == "state forces" and role == "perpetrator" for _, kind, role in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Popular Liberation Front today accused the Veldonian intelligence services of assassinating its "
        "leader Tomas Arvena in Lima.",
        "THE POPULAR LIBERATION FRONT TODAY ACCUSED THE VELDONIAN INTELLIGENCE SERVICES OF ASSASSINATING ITS "
        "LEADER TOMAS ARVENA IN LIMA.",
    ],
)
def test_the_accused_services_not_the_accuser_did_it(text: str) -> None:
    events = analyse(Article(doc_id="t", text=text, published=date(1990, 3, 5)))
    assert [[p.name.lower() for p in e.perpetrators] for e in events] == [["intelligence services"]]
