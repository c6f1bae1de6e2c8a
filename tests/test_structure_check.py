"""The structure check before the schema (domain.interchange_parser): a file whose JSON text
has no escape that can make an unstorable text (NUL, half a surrogate pair) has only its depth
walked (issue 16). Whatever the document, that walk refuses exactly what the whole walk
refuses, with the same field and message."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnercheck.domain.interchange_parser import MAX_DEPTH, InterchangeError, _check_structure, _Parser, plain


def _verdict(doc: object, fast: bool) -> str | None:
    try:
        _check_structure(doc, _Parser("f.json", fast))
    except InterchangeError as exc:
        return str(exc)
    return None


def _nested(depth: int, inner: object) -> object:
    value = inner
    for i in range(depth):
        value = [value] if i % 2 else {"k": value}
    return value


@pytest.mark.parametrize("depth", [MAX_DEPTH - 2, MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 1, 300])
@pytest.mark.parametrize("inner", [1, "x", [], {}, [1], {"a": None}], ids=repr)
def test_the_depth_walk_draws_the_line_where_the_whole_walk_does(depth, inner):
    doc = {"format": "x", "assessor": "A", "answers": {"q": {"note": ""}}, "deep": _nested(depth, inner), "later": _nested(300, 1)}
    assert _verdict(doc, fast=True) == _verdict(doc, fast=False)
    shallow = {"answers": {"q": {"note": ""}}, "deep": _nested(depth, inner)}
    assert _verdict(shallow, fast=True) == _verdict(shallow, fast=False)


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=40,
)


@given(st.dictionaries(st.text(max_size=3), _json, max_size=4), st.integers(min_value=0, max_value=3), st.integers(min_value=55, max_value=70))
def test_with_a_plain_text_both_walks_agree(doc, where, depth):
    """Any document, with a deep branch hung under one of its fields or not."""
    if doc and where < len(doc):
        key = list(doc)[where]
        doc[key] = _nested(depth, doc[key])
    text = json.dumps(doc)
    if plain(text):
        assert _verdict(json.loads(text), fast=True) == _verdict(json.loads(text), fast=False)
    else:  # an escape that could make unstorable text: the reader walks every string
        assert "\\u0000" in text or "\\ud" in text


@pytest.mark.parametrize(
    ("text", "is_plain"),
    [
        ('{"a": "\\u0000"}', False),
        ('{"a": "\\uD800"}', False),
        ('{"\\udfff": 1}', False),
        ('{"a": "\\\\u0000"}', False),  # an escaped backslash: not plain, the whole walk decides (and finds nothing)
        ('{"a": "\\ud7ff \\ue000 \\u00e9 \\u0001"}', True),
        ('{"a": "Xi’an 中文"}', True),
    ],
)
def test_plain_says_no_to_every_escape_that_makes_unstorable_text(text, is_plain):
    assert plain(text) is is_plain
