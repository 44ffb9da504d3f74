"""A count before a noun and then an article counts that noun, not the people of the next phrase:
"in one village the herders were killed" counts villages, not the herders; the article opens a phrase of its
own ("two of the guards" keeps "of the"). Sentences are our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Six herders were killed in two raids near Tarvo on Monday; in one camp the herders were shot dead.", 6),
        ("Rebels killed three guards near Tarvo on Monday. Two of the guards were shot dead at a gate.", 3),
    ],
)
def test_count_before_article_counts_no_people(analyse_text, text: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in analyse_text(text, "2021-03-03") if e.is_violent]
    assert max(e.fatalities.best or 0 for e in events) == killed
