"""Text rules: number words, vague counts, sentence splitting, editors' notes, page furniture."""

from __future__ import annotations

import pytest

from eventwatch.text import (
    analysis_view,
    boilerplate_spans,
    is_wire_caps,
    parse_number,
    split_sentences,
    tokenize,
)


def number(text: str, at: int = 0):  # type: ignore[no-untyped-def]
    return parse_number(tokenize(text), at)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("twenty-two men", 22),
        ("forty-five villagers", 45),
        ("one hundred and twenty people", 120),
        ("three hundred soldiers", 300),
        ("three thousand refugees", 3000),
        ("a dozen villagers", 12),
        ("2,000 fighters", 2000),
        ("17 people", 17),
        ("Eleven policemen", 11),
        ("TWENTY-TWO MEN", 22),
    ],
)
def test_number_words_and_digits(text: str, value: int) -> None:
    found = number(text)
    assert found is not None
    assert found.value == value
    assert not found.vague
    assert found.qualifier is None


def test_number_phrase_covers_its_tokens() -> None:
    tokens = tokenize("one hundred and twenty people")
    found = parse_number(tokens, 0)
    assert (found.start_index, found.end_index) == (0, 4)
    assert tokens[found.end_index].text == "people"


@pytest.mark.parametrize(
    ("text", "value"),
    [("dozens of people", 12), ("dozens", 12), ("several civilians", 3), ("hundreds of people", 100)],
)
def test_vague_counts_are_conservative_lows(text: str, value: int) -> None:
    found = number(text)
    assert found is not None
    assert (found.value, found.vague, found.qualifier) == (value, True, "low")


def test_a_few_is_two_not_one() -> None:
    # "a few" is in the vague lexicon (2); the article "a" must not win and read it as 1
    found = number("a few people were wounded")
    assert found is not None
    assert found.value == 2
    assert found.vague


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("at least 10 people", 10, "low"),
        ("more than 300 people", 300, "low"),
        ("up to 40 people", 40, "high"),
        ("as many as 15 people", 15, "high"),
        ("about 15 people", 15, "approx"),
        ("nearly two hundred people", 200, "approx"),
    ],
)
def test_qualified_numbers(text: str, value: int, qualifier: str) -> None:
    found = number(text)
    assert (found.value, found.qualifier) == (value, qualifier)
    assert found.start_index == 0  # the qualifier belongs to the phrase


def test_plain_words_are_not_numbers() -> None:
    assert number("the council met") is None
    assert number("police said") is None


def test_sentences_keep_abbreviations_and_offsets() -> None:
    text = (
        "Gen. Okafor met Dr. Lindqvist in St. Albans on Jan. 4. The talks failed. "
        'Mr. J. R. Hale said: "We will come back." Then they left!'
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Gen. Okafor met Dr. Lindqvist in St. Albans on Jan. 4.",
        "The talks failed.",
        'Mr. J. R. Hale said: "We will come back."',
        "Then they left!",
    ]
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
    assert [s.index for s in sentences] == [0, 1, 2, 3]


def test_paragraphs_are_numbered() -> None:
    text = "First paragraph here. Still first.\n\nSecond paragraph now.\n\n\nThird one."
    assert [s.paragraph for s in split_sentences(text)] == [0, 0, 1, 2]


WIRE = (
    "PORT ELLIS, 14 MAR 91 -- [TEXT] UNIDENTIFIED GUNMEN TODAY AMBUSHED AN ARMY PATROL NEAR\n"
    "THE VILLAGE OF SAN ROQUE, KILLING FOUR SOLDIERS AND WOUNDING TWO OTHERS.\n"
    "THE ATTACK TOOK PLACE AT 0700 ON THE ROAD THAT LINKS THE TWO PROVINCIAL\n"
    "CAPITALS.  A MILITARY SPOKESMAN SAID THAT TROOPS HAVE BEEN SENT TO THE AREA\n"
    "TO SEARCH FOR THE ATTACKERS, WHO FLED TOWARD THE MOUNTAINS.\n"
    "\n"
    "THE GOVERNMENT HAS CONDEMNED THE ACTION AND BLAMED THE REBELS FOR IT.\n"
)


def test_hard_wrapped_wire_copy_in_capitals() -> None:
    assert is_wire_caps(WIRE)
    view = analysis_view(WIRE)
    sentences = split_sentences(view)
    assert len(sentences) == 4
    # a line break inside a wrapped sentence does not end it
    assert sentences[0].text.endswith("KILLING FOUR SOLDIERS AND WOUNDING TWO OTHERS.")
    assert "\n" in sentences[0].text
    assert sentences[1].text.startswith("THE ATTACK TOOK PLACE")
    assert sentences[1].text.endswith("CAPITALS.")
    assert sentences[2].text.startswith("A MILITARY SPOKESMAN")
    assert sentences[3].paragraph == 1


def test_mixed_case_prose_is_not_wire_caps() -> None:
    assert not is_wire_caps("Gunmen attacked a police post in the north of the country on Monday night.")


def test_editors_notes_blanked_with_offsets_kept() -> None:
    text = "SAN X, 3 JAN 90 -- [REPORT] [ARMED FORCES PRESS\nCOMMITTEE] [TEXT] THE ARMY SAID [FMLN] REBELS"
    view = analysis_view(text)
    assert len(view) == len(text)
    assert "[TEXT]" not in view and "[REPORT]" not in view
    assert "ARMED FORCES PRESS" not in view  # the source named after [REPORT]
    assert "[FMLN]" in view  # an acronym in brackets is content
    assert view.index("THE ARMY SAID") == text.index("THE ARMY SAID")
    assert view.count("\n") == text.count("\n")


def test_passage_omitted_blanked() -> None:
    text = "The rebels [passage omitted] attacked the town."
    view = analysis_view(text)
    assert view == "The rebels " + " " * len("[passage omitted]") + " attacked the town."


PAGE_END = """Body sentence about the attack in the town.

Another body paragraph goes here with more detail.

9f2b4c7d1e0a8b6c5d4e3f2a1b0c9d8e
Reporter Jane Doe contributed from the capital.

Minister opens new bridge over the river

Minister opens new bridge over the river

More details
Farmers protest fuel prices in capital

Farmers protest fuel prices in capital

More details
"""


def test_boilerplate_hash_line_and_link_headlines() -> None:
    marked = [PAGE_END[s:e] for s, e in boilerplate_spans(PAGE_END)]
    assert "9f2b4c7d1e0a8b6c5d4e3f2a1b0c9d8e" in marked
    assert marked.count("Minister opens new bridge over the river") == 2
    assert marked.count("Farmers protest fuel prices in capital") == 2
    assert marked.count("More details") == 2
    # the article itself is not furniture
    assert not any("Body sentence" in m or "Reporter Jane Doe" in m for m in marked)


def test_boilerplate_spans_are_offsets_of_the_text() -> None:
    for start, end in boilerplate_spans(PAGE_END):
        assert PAGE_END[start:end].strip() == PAGE_END[start:end]
        assert "\n" not in PAGE_END[start:end]


def test_ordinary_article_has_no_boilerplate() -> None:
    text = "Gunmen attacked a bank in the town.\n\nPolice said two guards died.\n"
    assert boilerplate_spans(text) == []
