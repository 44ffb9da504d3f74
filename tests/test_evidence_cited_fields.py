"""Evidence: every filled field is backed by a sentence, also when its value comes from elsewhere in
the report (a group named in another paragraph) or from the deed's own word (a bomb's weapon)."""

from __future__ import annotations

from eventwatch.model import Article
from eventwatch.pipeline import analyse


def _cited(event, field: str) -> list[str]:
    return [e.text for e in event.evidence if field in e.fields]


def test_a_group_named_in_another_paragraph_is_cited_where_it_is_named() -> None:
    text = (
        "The Popular Liberation Army said on Tuesday it would step up its campaign in the north. "
        "Officials in the region gave no reply.\n\n"
        "On Monday night guerrillas attacked a police post in Tierralta, Colombia, killing two officers."
    )
    (event,) = analyse(Article(doc_id="cite-1", text=text))
    assert event.perpetrators and "Popular Liberation Army" in event.perpetrators[0].name
    cited = _cited(event, "perpetrators")
    assert any("Popular Liberation Army" in sentence for sentence in cited)


def test_a_group_named_in_the_deed_sentence_is_not_cited_twice() -> None:
    text = (
        "The Popular Liberation Army issued a statement on Tuesday.\n\n"
        "On Monday night the Popular Liberation Army attacked a police post in Tierralta, Colombia."
    )
    (event,) = analyse(Article(doc_id="cite-2", text=text))
    assert [s.startswith("On Monday night") for s in _cited(event, "perpetrators")] == [True]


def test_the_weapon_a_deed_word_tells_is_cited_in_its_sentence() -> None:
    text = "The customs office at the port of Buenaventura, Colombia, was blown up on Monday night."
    (event,) = analyse(Article(doc_id="cite-3", text=text))
    assert "Explosives" in event.weapon_types
    assert _cited(event, "weapon_types") == [event.evidence[0].text]
