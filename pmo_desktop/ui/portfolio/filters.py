"""The portfolio filter: plain data, applied over precomputed row keys (no Qt).

``PortfolioFilter.from_dict`` reads what ``ctx.navigate("portfolio", {...})`` sends:

* ``text``: free text, every word must appear in the code, name, programme, manager,
  sponsor, stage or state;
* ``programme``, ``rag``, ``stage``, ``state``, ``manager``: one value or a list
  (``rag`` takes ``red``/``amber``/``green``/``not_set``);
* ``stale``: ``True`` for projects whose status is stale;
* ``trend``: ``"worse"``/``"better"`` (overall RAG against the last closed period);
* ``codes``: a list of project codes (any other selection a view computed),
  with an optional ``label`` naming it on its chip ("Milestones due in 30 days").
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Iterable

FACETS = ("programme", "rag", "stage", "state", "manager")
FACET_TITLES = {"programme": "Programme", "rag": "RAG", "stage": "Stage", "state": "State",
                "manager": "Manager"}
TRENDS = {"worse": "Got worse", "better": "Got better"}
NOT_SET = "not_set"


def _set(value: Any) -> frozenset[str]:
    if value is None or value == "":
        return frozenset()
    if isinstance(value, str):
        return frozenset({value})
    return frozenset(str(v) for v in value)


@dataclass
class RowKeys:
    """What the filter looks at, one list per key with one entry per row (built once)."""

    haystack: list[str] = field(default_factory=list)  # lower-case searchable text
    programme: list[str] = field(default_factory=list)
    rag: list[str] = field(default_factory=list)
    stage: list[str] = field(default_factory=list)
    state: list[str] = field(default_factory=list)
    manager: list[str] = field(default_factory=list)
    code: list[str] = field(default_factory=list)
    stale: list[bool] = field(default_factory=list)

    def append(self, *, haystack: str, programme: str, rag: str, stage: str, state: str,
               manager: str, code: str, stale: bool) -> None:
        self.haystack.append(haystack)
        self.programme.append(programme)
        self.rag.append(rag)
        self.stage.append(stage)
        self.state.append(state)
        self.manager.append(manager)
        self.code.append(code)
        self.stale.append(stale)


@dataclass(frozen=True)
class PortfolioFilter:
    text: str = ""
    facets: dict[str, frozenset[str]] = field(default_factory=dict)
    stale: bool = False
    trend: str = ""
    codes: frozenset[str] | None = None
    codes_label: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PortfolioFilter:
        facets = {k: _set(data.get(k)) for k in FACETS if _set(data.get(k))}
        codes = data.get("codes")
        return cls(text=str(data.get("text") or ""), facets=facets,
                   stale=bool(data.get("stale")), trend=str(data.get("trend") or ""),
                   codes=_set(codes) if codes is not None else None,
                   codes_label=str(data.get("label") or ""))

    # -- changes -------------------------------------------------------------------
    def with_text(self, text: str) -> PortfolioFilter:
        return replace(self, text=text)

    def with_facet(self, facet: str, values: Iterable[str]) -> PortfolioFilter:
        facets = dict(self.facets)
        chosen = frozenset(values)
        if chosen:
            facets[facet] = chosen
        else:
            facets.pop(facet, None)
        return replace(self, facets=facets)

    def toggled(self, facet: str, value: str) -> PortfolioFilter:
        current = set(self.facets.get(facet, frozenset()))
        current ^= {value}
        return self.with_facet(facet, current)

    def without(self, chip_key: str) -> PortfolioFilter:
        """Remove the chip ``chip_key`` (as made by ``chips()``)."""
        if chip_key == "text":
            return replace(self, text="")
        if chip_key == "stale":
            return replace(self, stale=False)
        if chip_key == "trend":
            return replace(self, trend="")
        if chip_key == "codes":
            return replace(self, codes=None, codes_label="")
        facet, _, value = chip_key.partition(":")
        values = set(self.facets.get(facet, frozenset()))
        values.discard(value)
        return self.with_facet(facet, values)

    @property
    def active(self) -> bool:
        return bool(self.text.strip() or self.facets or self.stale or self.trend
                    or self.codes is not None)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: sorted(v) for k, v in self.facets.items()}
        if self.text:
            out["text"] = self.text
        if self.stale:
            out["stale"] = True
        if self.trend:
            out["trend"] = self.trend
        if self.codes is not None:
            out["codes"] = sorted(self.codes)
            if self.codes_label:
                out["label"] = self.codes_label
        return out

    # -- display -------------------------------------------------------------------
    def chips(self, labels: dict[str, str] | None = None) -> list[tuple[str, str]]:
        """``(key, text)`` per removable chip, in a stable order."""
        labels = labels or {}
        out: list[tuple[str, str]] = []
        if self.text.strip():
            out.append(("text", f"“{self.text.strip()}”"))
        for facet in FACETS:
            for value in sorted(self.facets.get(facet, ())):
                shown = labels.get(f"{facet}:{value}", value)
                out.append((f"{facet}:{value}", f"{FACET_TITLES[facet]}: {shown}"))
        if self.stale:
            out.append(("stale", "Stale status"))
        if self.trend:
            out.append(("trend", TRENDS.get(self.trend, self.trend)))
        if self.codes is not None:
            text = self.codes_label or f"{len(self.codes)} selected projects"
            out.append(("codes", text))
        return out

    # -- applying ------------------------------------------------------------------
    def apply(self, keys: RowKeys, order: Iterable[int],
              trends: list[str] | None = None) -> list[int]:
        """The positions in ``order`` whose row keys pass the filter (order kept).

        Each criterion narrows the list in one comprehension over precomputed keys, so
        10,000 rows filter in a few milliseconds.
        """
        rows = list(order)
        if not self.active:
            return rows
        if self.codes is not None:
            codes, wanted = keys.code, self.codes
            rows = [i for i in rows if codes[i] in wanted]
        for facet, values in self.facets.items():
            column: list[str] = getattr(keys, facet)
            rows = [i for i in rows if column[i] in values]
        if self.stale:
            stale = keys.stale
            rows = [i for i in rows if stale[i]]
        if self.trend and trends is not None:
            rows = [i for i in rows if trends[i] == self.trend]
        hay = keys.haystack
        for word in self.text.lower().split():
            rows = [i for i in rows if word in hay[i]]
        return rows
