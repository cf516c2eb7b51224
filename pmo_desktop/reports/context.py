"""What every section builder is given: the data, the derived model and the page."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pmo_desktop.domain.money import format_index, format_money, format_pct
from pmo_desktop.store.pack_data import PackData

from .model import PackModel


@dataclass(frozen=True)
class Meta:
    """Cover and chrome texts chosen in the options."""

    forum: str
    meeting_date: str
    version: str
    marking: str
    organisation: str
    logo: Path | None
    landscape: bool


@dataclass
class Ctx:
    data: PackData
    model: PackModel
    meta: Meta
    width: float
    height: float
    sections: tuple[str, ...] = ()  # the sections this pack prints, in order

    def money(self, value: float | None, compact: bool = True) -> str:
        return format_money(value, self.data.currency, compact=compact)

    @staticmethod
    def pct(value: float | None, places: int = 1) -> str:
        return format_pct(value, places)

    @staticmethod
    def index(value: float | None) -> str:
        return format_index(value)

    def project_label(self, code: str) -> str:
        p = self.model.by_code.get(code)
        return f"{code} {p.name}" if p is not None else code
