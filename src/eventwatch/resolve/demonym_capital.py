"""A capital named by its people: "in the Peruvian capital" is the capital of Peru.

Reports filed abroad ("MOSCOW, 26 OCT -- ... bombs went off in the Peruvian capital") name the
scene only this way, and a demonym alone says nothing of where (it is no usable place). Like "in
the capital" of a report about one country (``pipeline._bare_capitals``), the phrase places the
deed in that country's capital, whatever country the report is filed from; the capital found by
the gazetteer's own table of capitals, at the word "capital". Not when the capital's name follows
("the Afghan capital Kabul": the name is spotted itself), nor "the Peruvian capital's ...", "the
Peruvian capital of ..." (another thing of the capital).
"""

from __future__ import annotations

import re

from eventwatch.gazetteer import get_gazetteer
from eventwatch.resolve.facts import PlaceFact

# the words before "the ... capital" when the phrase tells where: "in the", "near the", "outside the"
CAPITAL_LEAD = r"(in|at|near|outside|around|across|inside)"
# after "capital": not its own name in mixed case ("the Afghan capital Kabul" names it), nor another
# thing of the capital ("the capital's mayor", "the capital of ...")
NAMELESS_CAPITAL_END = r"(?!['’]s|\s+(?:of|city\s+of)\b|(?-i:,?\s+[A-Z][a-z]))"
_LEAD = re.compile(rf"\b{CAPITAL_LEAD}\s+the\s+$", re.IGNORECASE)
_CAPITAL = re.compile(rf"\s+(capital)\b{NAMELESS_CAPITAL_END}", re.IGNORECASE)


def demonym_capitals(view: str, facts: list[PlaceFact]) -> list[PlaceFact]:
    """``facts`` with the capital of each country named as "in the <demonym> capital" added as a
    usable town at the word "capital"."""
    added: list[PlaceFact] = []
    for fact in facts:
        if fact.kind != "demonym" or fact.place is None or not fact.place.country_code:
            continue
        lead = _LEAD.search(view[max(0, fact.start - 20) : fact.start])
        capital = _CAPITAL.match(view, fact.end)
        if lead is None or capital is None:
            continue
        index = get_gazetteer().index
        ident = index.capital_of(fact.place.country_code)
        if ident is None:
            continue
        start, end = capital.span(1)
        if any(f.start < end and start < f.end for f in facts):
            continue
        added.append(PlaceFact(start, end, view[start:end], "place", index.place(ident), True, lead.group(1).lower()))
    return sorted(facts + added, key=lambda f: f.start) if added else facts
