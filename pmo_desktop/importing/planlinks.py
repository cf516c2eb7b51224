"""Step 5, a plan's links: the predecessors a row names (read by the parse step as
``(ref, type, lag, upto)`` links) matched to the plan's own tasks and written in the one
form the store keeps: ``"3FS+2d; 5SS"`` — a finish-to-start link without lag is its ref
alone, any other link names its type, a lag is in working days.
"""

from __future__ import annotations

from typing import Any, Iterable


def _days(lag: float) -> str:
    return f"{lag:+g}d"


def link_text(link: Any) -> str:
    """One link in canonical form: ``3``, ``3FS+2d``, ``5SS``, ``5SS-1d``."""
    if link.type == "FS" and not link.lag:
        return link.ref
    return f"{link.ref}{link.type}{_days(link.lag) if link.lag else ''}"


def canonical(links: Iterable[Any]) -> str | None:
    """The links joined with "; " (None when there are none)."""
    text = "; ".join(dict.fromkeys(link_text(x) for x in links))
    return text or None


def _number(ref: str) -> float | None:
    try:
        return float(ref)
    except ValueError:
        return None


class Refs:
    """A plan's refs in plan order, indexed once for ``resolve``: by text, by number
    ("1.0" is "1", "1.10" is "1.1") and by place (for ranges)."""

    def __init__(self, refs: list[str]) -> None:
        self.refs = refs
        self.alias: dict[str, str] = {}  # a row's ID → its ref (taskrows: MS Project's IDs)
        self.place = {r: i for i, r in enumerate(refs)}
        self.by_number: dict[float, str] = {}
        for r in refs:
            n = _number(r)
            if n is not None:
                self.by_number.setdefault(n, r)

    def find(self, ref: str) -> str | None:
        if ref in self.place:
            return ref
        n = _number(ref)
        return self.by_number.get(n) if n is not None else None


def resolve(links: Iterable[Any], refs: Refs) -> tuple[list[Any], list[str]]:
    """``links`` with each ref replaced by the plan's own ref for it (``Refs.find``) and
    ranges expanded; and the refs that name no task of the plan."""
    out: list[Any] = []
    missing: list[str] = []
    for link in links:
        first = refs.find(link.ref)
        if link.upto is not None:
            last = refs.find(link.upto)
            if first is None or last is None:
                missing.append(f"{link.ref}-{link.upto}")
                continue
            i, j = refs.place[first], refs.place[last]
            out.extend(link._replace(ref=r, upto=None)
                       for r in refs.refs[min(i, j):max(i, j) + 1])
            continue
        if first is None:
            missing.append(link.ref)
            continue
        out.append(link._replace(ref=first))
    return out, missing
