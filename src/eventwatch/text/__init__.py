"""Text utilities shared by the extractors: sentences, tokens, numbers, case and boilerplate."""

from eventwatch.text.boilerplate import boilerplate_spans
from eventwatch.text.normalize import analysis_view, is_wire_caps
from eventwatch.text.numbers import NumberPhrase, parse_number
from eventwatch.text.sentences import Sentence, split_sentences
from eventwatch.text.tokens import Token, tokenize

__all__ = [
    "NumberPhrase",
    "Sentence",
    "Token",
    "analysis_view",
    "boilerplate_spans",
    "is_wire_caps",
    "parse_number",
    "split_sentences",
    "tokenize",
]
