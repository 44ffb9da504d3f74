"""A day that is part of a name is no date: a group named after a day ("the 1 October Anti-Fascist
Groups") or a day standing alone in quotation marks ("a group calling itself the "3 March"
Liberation Army"). Sentences are our own, with invented places."""

from __future__ import annotations

from datetime import date

from eventwatch.extract.dates import find_dates


def _dates(text: str) -> list[str]:
    return [d.text for d in find_dates(text, 0, len(text), published=date(1990, 5, 1), anchor=None)]


def test_a_quoted_day_names_a_group() -> None:
    assert _dates('A group calling itself the "3 March" Liberation Army bombed the post in Tarso.') == []
    assert _dates("A group calling itself the \u201c3 March\u201d Liberation Army bombed the post.") == []


def test_a_day_before_anti_names_a_group() -> None:
    assert _dates("Police blamed the 1 October Anti-Fascist Groups for the bomb in Tarso.") == []


def test_a_quoted_sentence_with_a_day_keeps_it() -> None:
    assert _dates('"On 3 March they bombed our office," the mayor of Tarso said.') == ["3 March"]
    assert _dates("Rebels bombed the post in Tarso on 3 March.") == ["3 March."]
