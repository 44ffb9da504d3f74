"""Relevance: in a sentence with no day of its own, a deed told only inside a "when" clause dates
the main clause ("the union ran the port when its leader was murdered"), not news; a deed in the
main clause, or a "when" clause that opens the sentence and leads into a toll, stays news.
Sentences and places are our own."""

from __future__ import annotations

import pytest

from conftest import violent


@pytest.mark.parametrize(
    "text",
    [
        "The dockers union ran the port of Valdoria when its leader was murdered.",
        "In those weeks, when the governor of Valdoria was shot, the cabinet imposed a curfew on the province.",
    ],
)
def test_a_deed_that_dates_another_clause_is_no_news(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, "1990-03-07")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers died when rebels attacked a patrol near Valdoria.",
        "When rebels attacked the barracks in Valdoria, two soldiers were wounded.",
        "The bishop of Valdoria was killed on Monday when he left the cathedral.",
        "The judge was about to enter his office in Valdoria when he was shot by two gunmen.",
        "The judge was leaving the court in Valdoria when he was shot dead.",
        "The mayor was at home in Valdoria when gunmen shot him.",
        "The incident took place when troops from the Valdoria garrison fired on a farmers' patrol.",
        "A bakery in Valdoria was destroyed when a bomb left by rebels exploded.",
        "Three farmers suffered burns when rebels set fire to a barn near Valdoria.",
        "At least four guards were taken to hospital when rebels raided a depot in Valdoria.",
    ],
)
def test_a_deed_in_the_main_clause_stays_news(analyse_text, text: str) -> None:
    assert len(violent(analyse_text(text, "1990-03-07"))) == 1
