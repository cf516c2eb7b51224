"""``settings``: print the portfolio's settings, or set some (``KEY=VALUE``, one write)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from .common import UserError, _emit, _open, _table


def _assignments(pairs: list[str]) -> dict[str, str]:
    typed: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UserError(f"'{pair}' is not KEY=VALUE (e.g. rag_thresholds.cpi_red=0.85)")
        typed[key.strip()] = value
    return typed


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return " → ".join(value)  # a sequence of names (the gates)
    return value if isinstance(value, str) else json.dumps(value)


def cmd_settings(args: argparse.Namespace) -> int:
    from pmo_desktop.operations.setting_specs import (
        DERIVED, SettingError, current_settings, nested, setting_specs,
    )
    from pmo_desktop.operations.settings import update_settings

    typed = _assignments(args.assignments)
    with _open(args.db) as store:
        before = current_settings(store)
        if typed:
            try:
                update_settings(store, typed, source="cli")
            except SettingError as exc:
                raise UserError(str(exc)) from None
        after = current_settings(store)
    changed = [k for k, v in after.items() if before.get(k) != v]
    if args.json:
        _emit({"settings": nested(after), "changed": changed})
        return 0
    if typed:
        for key in changed:
            print(f"{key}: {_shown(before.get(key))} → {_shown(after[key])}")
        if not changed:
            print("Nothing changed: the settings already hold these values.")
        return 0
    labels = {**{s.key: s.label for s in setting_specs()}, **DERIVED}
    rows = [[key, _shown(value), labels.get(key, "")] for key, value in after.items()]
    for line in _table(["Setting", "Value", "What it is"], rows, [44, 24, 48],
                       [False, False, False]):
        print(line)
    return 0
