"""A numbered paragraph ("2. The victim was taken to hospital ...") keeps its number at the head of
its first sentence: the number alone is no sentence, so the deed and its toll stay neighbours. Texts
are our own."""

from __future__ import annotations

from eventwatch.text import split_sentences

TEXT = (
    "HERE IS THE ARMY'S COMMUNIQUE:\n\n"
    "   1. AT 0930 TODAY GUNMEN ATTACKED A RETIRED JUDGE IN TOLVA.\n\n"
    "   2. THE VICTIM DIED IN HOSPITAL.\n\n"
    "   3. THE POLICE ARE LOOKING FOR THE ATTACKERS."
)


def test_a_paragraph_number_opens_its_sentence() -> None:
    texts = [s.text for s in split_sentences(TEXT)]
    assert texts == [
        "HERE IS THE ARMY'S COMMUNIQUE:",
        "1. AT 0930 TODAY GUNMEN ATTACKED A RETIRED JUDGE IN TOLVA.",
        "2. THE VICTIM DIED IN HOSPITAL.",
        "3. THE POLICE ARE LOOKING FOR THE ATTACKERS.",
    ]


def test_a_sentence_ending_in_a_number_still_ends() -> None:
    texts = [s.text for s in split_sentences("The toll rose to 12. Police said the bomb was hidden in a car.")]
    assert texts == ["The toll rose to 12.", "Police said the bomb was hidden in a car."]
