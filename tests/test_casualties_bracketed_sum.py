"""A count in brackets right after the people it sums up ("the mayor, his son and his cook (three men
in all) were hurt") reaches past the bracket to the verb after it. A last item opened by an article
("a driver (four men in all)") still reads the bracket as part of its own phrase: left as it was.
Sentences are our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("The mayor, his son, his cook and his guard (four men in total) are hurt when rebels raid Tarvo.", 4),
        ("The mayor, his son and his cook (three men) were injured when rebels raided Tarvo on Monday.", 3),
    ],
)
def test_bracketed_sum_takes_the_verb(analyse_text, text: str, wounded: int) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in analyse_text(text, "2021-03-03") if e.is_violent]
    assert [e.injuries.best for e in events] == [wounded]
