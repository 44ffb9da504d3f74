"""Country adjectives listed before the people's noun ("16 Kenyan, Ugandan, and Somali guards") belong
to one noun phrase: the count reaches the noun and the verb after it. A plural people noun after a
count ("two Kenyans and three Somalis") is no adjective and keeps its own count. Sentences are our
own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("At least 11 Kenyan, Ugandan, and Somali guards were killed when a bomb went off in Tarvo on Monday.", 11),
        ("Rebels killed two Kenyans and three Somalis in Tarvo on Monday.", 5),
    ],
)
def test_country_adjectives_before_noun(analyse_text, text: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in analyse_text(text, "2021-03-03") if e.is_violent]
    assert max(e.fatalities.best or 0 for e in events) == killed
