"""Records addressed by their business key, as people type it: ``DCX-101``,
``DCX-101/R-004``, ``DCX-101/Go-live``, ``DCX-101/2026-11``, ``Mia Evans``,
``Mia Evans/DCX-101/2026-11`` (an allocation), ``Mia Evans/2026-11`` (a capacity).

A key is the entity's key fields joined with ``/`` in the store's order (the change
log's keys read the same way), each link (project, resource) by its code or name. A
name may itself hold a ``/`` (a milestone "Design/build"): ``find`` tries each way of
cutting the text into the key's parts and takes the one that names a record.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from itertools import combinations
from typing import Any

from pmo_desktop.store import ENTITIES, Store

from .fields import LINKS, FieldError, field_specs, parse_value

__all__ = ["KeyNotFound", "find", "key_format", "key_names", "key_text", "typed_record"]

_MOST_CUTS = 200  # ways of cutting one key tried at most (a key with many slashes)


class KeyNotFound(FieldError):
    """A typed key that names no record (or is not shaped as the entity's key)."""


def key_names(entity: str) -> tuple[str, ...]:
    """The key's parts as people name them (``("project", "ref")``)."""
    field_specs(entity)  # an unknown entity is refused here, naming the entities
    return tuple(LINKS[c][0] if c in LINKS else c for c in ENTITIES[entity].key)


def key_format(entity: str) -> str:
    """How a key of ``entity`` is written: ``PROJECT/REF``."""
    return "/".join(n.upper() for n in key_names(entity))


def _part(record: Mapping[str, Any], name: str, column: str) -> str:
    value = record.get(name, record.get(column))
    return "" if value is None else str(value)


def key_text(entity: str, record: Mapping[str, Any]) -> str:
    """The key of a record given by field name with its links by name (as
    ``typed_record`` and ``list`` give it): ``DCX-101/R-004``."""
    return "/".join(_part(record, name, column)
                    for name, column in zip(key_names(entity), ENTITIES[entity].key))


def typed_record(store: Store, entity: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """A stored row as people see it: by field name, each link by the code or name of
    the record it points at (``programme``, ``resource``…), a child's ``project`` first."""
    out: dict[str, Any] = {}
    columns = [*(["project_id"] if ENTITIES[entity].parent else []),
               *(s.column for s in field_specs(entity))]
    for column in columns:
        value = row.get(column)
        if column in LINKS and value is not None:
            name, target, key = LINKS[column]
            linked = store.get(target, int(value))
            out[name] = linked[key] if linked is not None else None
        else:
            out[LINKS[column][0] if column in LINKS else column] = value
    return out


def _cuts(text: str, parts: int) -> Iterator[list[str]]:
    """Each way of cutting ``text`` at ``parts - 1`` of its slashes, fewest in the
    first parts first."""
    slashes = [i for i, ch in enumerate(text) if ch == "/"]
    for n, chosen in enumerate(combinations(slashes, parts - 1)):
        if n == _MOST_CUTS:
            return
        bounds = [-1, *chosen, len(text)]
        yield [text[a + 1:b] for a, b in zip(bounds, bounds[1:])]


def _key_values(store: Store, entity: str, pieces: list[str]) -> dict[str, Any] | None:
    """The key columns' stored values for typed ``pieces`` (``None`` when a linked
    record or a value does not exist or read)."""
    values: dict[str, Any] = {}
    for column, piece in zip(ENTITIES[entity].key, pieces):
        piece = piece.strip()
        if not piece:
            return None
        if column in LINKS:
            _name, target, key = LINKS[column]
            found = store.find_id(target, {key: piece})
            if found is None:
                return None
            values[column] = found
            continue
        spec = next(s for s in field_specs(entity) if s.column == column)
        try:
            values[column] = parse_value(spec, piece) if spec.kind != "text" else piece
        except FieldError:
            return None
    return values


def find(store: Store, entity: str, text: str) -> int:
    """The id of the ``entity`` record whose key is ``text``; ``KeyNotFound`` (one
    line: what was looked for, how such a key is written) when there is none."""
    names = key_names(entity)
    label = entity.replace("_", " ")
    if text.count("/") < len(names) - 1 or not text.strip():
        raise KeyNotFound(f"'{text}' is not a {label} key: a {label} is named "
                          f"{key_format(entity)}.")
    for pieces in _cuts(text, len(names)):
        values = _key_values(store, entity, pieces)
        if values is not None:
            found = store.find_id(entity, values)
            if found is not None:
                return found
    raise KeyNotFound(f"there is no {label} '{text}' in this portfolio (a {label} is "
                      f"named {key_format(entity)}).")
