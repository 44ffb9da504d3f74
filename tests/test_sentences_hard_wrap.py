"""Hard-wrapped wire copy whose paragraphs are short: a paragraph's last line is as short as its text
ends, so only the lines a paragraph goes on after tell that the text was wrapped; a line break inside
a paragraph then ends no sentence. Texts are our own."""

from __future__ import annotations

from eventwatch.text import split_sentences

LINES = [
    "TOLVA, 9 JAN 90 -- HERE IS THE TEXT OF AN ARMY COMMUNIQUE ON TODAY'S",
    "EVENTS.",
    "",
    "AT 0945 THIS MORNING A GROUP OF ARMED MEN CONDUCTED AN ATTACK AGAINST",
    "THE RETIRED JUDGE IVO PONS.",
    "",
    "THE VICTIM WAS TAKEN TO THE MILITARY HOSPITAL WHERE HE DIED SHORTLY",
    "AFTERWARDS.",
    "",
    "THE AUTHORITIES ARE INVESTIGATING THE ATTACK AND ARE LOOKING FOR THE",
    "CRIMINALS.",
    "",
    "[SIGNED] ARMY PRESS OFFICE.",
]


def test_short_paragraphs_of_wrapped_lines_join_their_lines() -> None:
    texts = [" ".join(s.text.split()) for s in split_sentences("\n".join(LINES))]
    assert "THE VICTIM WAS TAKEN TO THE MILITARY HOSPITAL WHERE HE DIED SHORTLY AFTERWARDS." in texts
    assert len(texts) == 5


def test_short_lines_of_a_text_not_wrapped_still_end_sentences() -> None:
    texts = [s.text for s in split_sentences("Bomb in Tolva\nTwo people were killed\nPolice blamed rebels\nMore soon")]
    assert texts == ["Bomb in Tolva", "Two people were killed", "Police blamed rebels", "More soon"]
