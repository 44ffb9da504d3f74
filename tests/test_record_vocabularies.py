"""The record's closed vocabularies (event types, actor kinds) are written once, in ``model``: the
API's request bodies and the review checks use the same words."""

from __future__ import annotations

import pytest

from eventwatch.model import ACTOR_KINDS, EVENT_TYPES
from eventwatch.web.models import ActorChange, EventChanges


def test_the_api_accepts_exactly_the_models_actor_kinds() -> None:
    assert ActorChange.model_json_schema()["properties"]["kind"]["enum"] == list(ACTOR_KINDS)


def test_the_api_accepts_exactly_the_models_event_types() -> None:
    for event_type in EVENT_TYPES:
        assert EventChanges(event_type=event_type).event_type == event_type
    with pytest.raises(ValueError):
        EventChanges(event_type="Skirmishes")


def test_the_vocabularies_hold_the_schemas_words() -> None:
    assert "Strategic developments" in EVENT_TYPES and len(EVENT_TYPES) == 6
    assert "unidentified armed group" in ACTOR_KINDS and ACTOR_KINDS[-1] == "other"
