"""Every file PartnerCheck imports is checked against its JSON Schema (resources/schemas/, the
one copy docs/interchange.md links to) before any field is read: the schema is the contract
with other systems, so the importer refuses exactly what it refuses. Only what a schema cannot
say stays in the hand-written reader (known checklist ids, question ids, dates that exist, a
final assessment fully answered).

fastjsonschema turns a schema into Python code. Generating it costs ~35 ms per schema, a
quarter of a single import's budget, so the compiled code is kept in the user's cache folder,
named by a hash of the schema's bytes and of the generator's and Python's versions (as the
parsed checklists are, services.checklist_cache): a changed schema or another PartnerCheck
misses it and compiles afresh, and any fault with the cache only means compiling as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import marshal
import os
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from ..resources import schema_dir
from .plain_text import pattern_problem
from .quoting import show as _show

# The schema file for each kind of document (the value of its "format").
SCHEMAS = {"partnercheck-assessment": "interchange.schema.json", "partnercheck-tie": "tie.schema.json"}

Validator = Callable[[Any], Any]

# JSON type names as the importer's messages say them.
_TYPES = {
    "string": "a text",
    "integer": "a whole number",
    "number": "a number",
    "object": "a JSON object",
    "array": "a JSON list",
    "boolean": "true or false",
    "null": "null",
}

# What a pattern of the schemas means, for the message.
_DATE = "is not a date (YYYY-MM-DD)"
_PATTERNS = {
    "\\S": "must not be empty",
    "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$": _DATE,
    "^\\d{4}-\\d{2}-\\d{2}$": _DATE,
    "^[0-9a-f]{64}$": "is not a SHA-256 in lower-case hex (64 digits)",
    "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$": "is not a UUID in its usual form (8-4-4-4-12 lower-case hex digits)",
    "^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$": "is not a UUID",
}


def problem(fmt: str, doc: Any) -> tuple[str, str] | None:
    """(field, message) for the first thing in ``doc`` its schema refuses, or None. The field
    is a JSON path as the importer's other messages write it (``answers.q3.value``,
    ``assessments[1].partnership``)."""
    from fastjsonschema import JsonSchemaValueException

    try:
        _validator(fmt)(doc)
    except JsonSchemaValueException as exc:
        return _explain(exc)
    return None


def _explain(exc: Any) -> tuple[str, str]:
    field = str(exc.name).removeprefix("data").removeprefix(".")
    rule, definition, value = exc.rule, exc.rule_definition, exc.value
    if rule == "required" and isinstance(value, dict):
        missing = [name for name in definition if name not in value]
        return (f"{field}.{missing[0]}" if field else missing[0]), "is missing"
    if rule == "type":
        kinds = definition if isinstance(definition, list) else [definition]
        return field, "must be " + " or ".join(_TYPES.get(str(k), str(k)) for k in kinds)
    if rule == "enum":
        return field, f"{_show(value)} is not one of: " + ", ".join(str(v) for v in definition if v is not None)
    if rule == "const":
        return field, f"must be {definition!r}"
    if rule == "pattern":
        if isinstance(value, str) and (said := pattern_problem(definition, value)):
            return field, said
        meaning = _PATTERNS.get(definition, f"does not have the required form ({definition})")
        return field, meaning if meaning.startswith("must") else f"{_show(value)} {meaning}"
    if rule == "minimum":
        return field, f"must be at least {definition}"
    if rule == "maximum":
        return field, f"must be at most {definition}"
    if rule == "minLength" and definition == 1:
        return field, "must not be empty"
    text = str(exc.message)  # the generator's own words, after the field it names
    return field, text.removeprefix(str(exc.name)).strip() or text


def _read(name: str) -> bytes:
    return (schema_dir() / name).read_bytes()


@cache
def _validator(fmt: str) -> Validator:
    import fastjsonschema

    name = SCHEMAS[fmt]
    raw = _read(name)
    # _RECIPE: how the code is made from the schema; a change to it must not reuse old code.
    digest = hashlib.sha256(f"{fastjsonschema.VERSION}\0{sys.version}\0{_RECIPE}\0".encode())
    digest.update(raw)
    for other in sorted(SCHEMAS.values()):  # a schema may refer to another (tie -> interchange)
        if other != name:
            digest.update(_read(other))
    target = _cache_file(name, digest.hexdigest()[:32])
    code = _cached(target)
    if code is None:
        source = fastjsonschema.compile_to_code(_inlined(json.loads(raw)), handlers=_HANDLERS)
        code = compile(source, f"<{name}>", "exec")
        _keep(target, code)
    namespace: dict[str, Any] = {}
    exec(code, namespace)  # noqa: S102 - code generated from our own schema, here or in the cache
    validate: Validator = namespace["validate"]
    return validate


_RECIPE = "inline-defs-1"


def _inlined(schema: Any) -> Any:
    """``schema`` with each reference to one of its own ``$defs`` replaced by that definition
    (the same rules, so the same verdicts and messages). fastjsonschema makes a function of
    each definition and, at every call, builds the path it would name in a message with
    ``str.format(**locals())`` in a function of a hundred locals: checking an assessment of
    28 answers took 290 us instead of 50 (issue 16). Inline, the path is built only when a
    message is raised."""
    defs = schema.get("$defs", {}) if isinstance(schema, dict) else {}

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            return [walk(item) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        name = ref.removeprefix("#/$defs/") if isinstance(ref, str) and ref.startswith("#/$defs/") else None
        # Only beside words that are no rules (a description): a rule beside a reference
        # applies as well as the definition's, which merging would not say.
        if name in defs and set(node) - {"$ref"} <= _WORDS:
            return {**walk(defs[name]), **{k: v for k, v in node.items() if k != "$ref"}}
        return {key: walk(value) for key, value in node.items()}

    return walk(schema)


_WORDS = {"description", "title", "$comment", "examples"}


def _sibling(uri: str) -> Any:
    """A schema refers to another of ours by its file name (tie.schema.json -> interchange...)."""
    if uri not in SCHEMAS.values():
        raise ValueError(f"{uri}: not a PartnerCheck schema")
    return _inlined(json.loads(_read(uri)))


def _offline(uri: str) -> Any:
    raise ValueError(f"{uri}: PartnerCheck's schemas never refer to the network")


# Every scheme a reference could have: nothing is fetched (fastjsonschema would use urlopen).
_HANDLERS = {"": _sibling, "http": _offline, "https": _offline, "file": _offline}


def _cache_file(name: str, key: str) -> Path | None:
    from ..paths import cache_dir

    try:
        return cache_dir() / f"{name.removesuffix('.json')}-{key}.pyc"
    except OSError:
        return None


def _cached(target: Path | None) -> Any:
    if target is None:
        return None
    try:
        return marshal.loads(target.read_bytes())
    except Exception:  # noqa: BLE001 - missing, stale or damaged: compile as before
        return None


def _keep(target: Path | None, code: Any) -> None:
    """Written to a temporary name and renamed, so a reader never sees half a file; older
    compilations of the same schema are removed."""
    if target is None:
        return
    temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        for old in target.parent.glob(f"{target.name.rsplit('-', 1)[0]}-*.pyc"):
            old.unlink(missing_ok=True)
        temporary.write_bytes(marshal.dumps(code))
        os.replace(temporary, target)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
