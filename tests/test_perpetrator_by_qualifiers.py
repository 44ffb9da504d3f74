"""Perpetrators: words that only describe the doer ("masked", "unknown", "heavily armed") may stand
between "by" and the doer's noun; the "by" still names who did the deed. Sentences and places are our own."""

from __future__ import annotations

import pytest

from conftest import deed_actors as actors


@pytest.mark.parametrize(
    ("text", "deed", "doer"),
    [
        ("Two farmers were killed by masked gunmen in Tarvo on Monday.", "killed", "gunmen"),
        ("A mayor was shot dead by hooded attackers outside his home in Tarvo.", "shot", "attackers"),
        ("A teacher was kidnapped by unknown assailants in Tarvo.", "kidnapped", "assailants"),
        ("The checkpoint was attacked by the uniformed gunmen.", "attacked", "gunmen"),
        ("The convoy was ambushed by heavily armed rebels near Tarvo.", "ambushed", "rebels"),
        ("Two farmers were shot by three masked gunmen near Tarvo.", "shot", "gunmen"),
    ],
)
def test_describing_words_after_by_keep_the_doer(text: str, deed: str, doer: str) -> None:
    assert [a for a in actors(text, deed) if a[0] == doer and a[2] == "perpetrator"]
