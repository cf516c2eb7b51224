"""Lay the steering committee pack out: ``build_pack(store, out, options)``.

It reads one snapshot (``store.pack_data.load_pack_data``), derives the figures
(``model.PackModel``) and lays the sections out with reportlab. Same data and options
give the same bytes (invariant PDF, creation date taken from the as-of date, no
wall-clock time printed). Recording the pack in the portfolio is the operation's job
(``operations.packs.build_pack``, which the CLI and the report dialog call).
"""

from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable

from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from pmo_desktop.store import Store, StoreError
from pmo_desktop.store.pack_data import PackData, load_pack_data

from . import appendix as _appendix
from . import front, registers, strategy_sections
from .roadmap import roadmap
from . import sections as sec
from .catalogue import PAPERS, SECTION_NAMES, SECTION_TITLES, SECTIONS
from .context import Ctx, Meta
from .doc import Anchor, Cancelled, Chrome, PackDocument, build, page_size
from .flow import empty, section_title
from .model import PackModel, long_date, period_text
from .onepager import ProjectIndex, one_pagers

FRESH_PAGE = {"summary", "roadmap", "one_pagers"}  # sections that open a new page on purpose

Progress = Callable[[float, str], None]


@dataclass
class PackOptions:
    """What to print. ``period=None`` prints the portfolio as it stands now."""

    period: date | None = None
    programmes: list[str] = field(default_factory=list)
    sections: list[str] | None = None  # None: every section
    paper: str = "A4"
    landscape: bool = False
    marking: str = "OFFICIAL-SENSITIVE"
    forum: str = "Portfolio Steering Committee"
    meeting_date: date | None = None
    version: str = "1.0"
    projects: list[str] = field(default_factory=list)  # codes, added to the programmes' scope
    organisation: str | None = None  # default: the portfolio's setting
    logo: Path | None = None  # a PNG/JPEG; default: a drawn monogram
    as_of: date | None = None  # live packs only; default: the portfolio's as-of date

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for key in ("period", "meeting_date", "as_of"):
            out[key] = out[key].isoformat() if out[key] else None
        out["logo"] = str(self.logo) if self.logo else None
        return out


@dataclass
class PackResult:
    path: Path
    pages: int
    sections: list[str]
    projects: int
    period: date | None
    as_of: date
    data_hash: str
    seconds: float
    pack_id: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"path": str(self.path), "pages": self.pages, "sections": self.sections,
                "projects": self.projects,
                "period": self.period.isoformat() if self.period else None,
                "as_of": self.as_of.isoformat(), "data_hash": self.data_hash,
                "seconds": round(self.seconds, 3), "pack": self.pack_id}


def resolve_sections(names: list[str] | None) -> list[str]:
    """Validated section names in pack order (``None`` or empty: all of them)."""
    if not names:
        return [k for k, _ in SECTIONS]
    wanted = {n.strip().lower().replace("-", "_").replace(" ", "_") for n in names if n.strip()}
    unknown = sorted(wanted - set(SECTION_TITLES))
    if unknown:
        raise StoreError(f"Unknown section '{unknown[0]}'; choose from "
                         f"{', '.join(SECTION_NAMES)}.")
    return [k for k, _ in SECTIONS if k in wanted]


def _paper(name: str) -> str:
    for p in PAPERS:
        if p.lower() == (name or "").strip().lower():
            return p
    raise StoreError(f"Unknown paper size '{name}'; use A4 or Letter.")


def build_pack(store: Store, out: Path, options: PackOptions,
               progress: Progress | None = None, cancel: Callable[[], bool] | None = None
               ) -> PackResult:
    """Write the pack to ``out`` (not recorded: ``pack_id`` stays ``None``); raises
    ``StoreError`` for bad options, ``Cancelled``."""
    started = time.perf_counter()
    names = resolve_sections(options.sections)
    paper = _paper(options.paper)
    report = progress or (lambda _f, _m: None)
    report(0.02, "Reading the portfolio")
    data = load_pack_data(store, options.period, options.programmes, options.projects,
                          as_of=options.as_of if options.period is None else None)
    report(0.12, "Calculating")
    pages = render(data, Path(out), options, names, paper, report, cancel)
    report(1.0, "Done")
    return PackResult(Path(out), pages, names, len(data.projects),
                      data.period.as_of if data.period else None, data.as_of, data.data_hash,
                      time.perf_counter() - started)


def render(data: PackData, out: Path, options: PackOptions, names: list[str], paper: str,
           report: Progress, cancel: Callable[[], bool] | None = None) -> int:
    """Lay the pack out from a loaded snapshot; returns the page count."""
    model = PackModel(data)
    size = page_size(paper, options.landscape)
    meta = Meta(forum=options.forum,
                meeting_date=long_date(options.meeting_date) if options.meeting_date
                else "To be confirmed",
                version=options.version, marking=options.marking or "",
                organisation=options.organisation or data.organisation,
                logo=options.logo, landscape=options.landscape)
    anchors = [n for n in names if n != "cover"]
    total = len(anchors) + (len(data.projects) if "one_pagers" in names else 0)
    seen = [0]

    def on_flowable(flowable: Flowable) -> None:
        if isinstance(flowable, Anchor):
            seen[0] += 1
            if cancel is not None and cancel():
                raise Cancelled("The pack was cancelled.")
            report(0.15 + 0.83 * seen[0] / max(1, total), flowable.title)

    tmp = out.with_name(out.name + ".part")
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = PackDocument(str(tmp), size, title=f"{data.portfolio}: steering committee pack",
                       author=meta.organisation or data.portfolio,
                       subject=f"{period_text(data)}; as of {data.as_of.isoformat()}",
                       on_flowable=on_flowable)
    ctx = Ctx(data, model, meta, doc.width, doc.height, tuple(names))
    story = _story(ctx, names)
    chrome = Chrome(portfolio=data.portfolio, title=f"{meta.forum} · pack v{meta.version}",
                    as_of=long_date(data.as_of), period=period_text(data), marking=meta.marking,
                    version=f"Data version {data.data_hash}")
    creation = f"D:{data.as_of:%Y%m%d}000000+00'00'"
    try:
        pages = build(doc, story, chrome, creation)
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            tmp.unlink()
    return pages


_BUILDERS: dict[str, Callable[[Ctx], list[Flowable]]] = {
    "summary": front.summary, "decisions": sec.decisions, "rag_matrix": sec.rag_matrix,
    "financials": sec.financials, "milestones": sec.milestones, "roadmap": roadmap,
    "risks": registers.risks,
    "changes": sec.changes, "resources": registers.resources,
    "movement": registers.movement, "quality": registers.quality,
    "appendix": _appendix.appendix,
    "priorities": strategy_sections.priorities, "benefits": strategy_sections.benefits,
}


def _story(ctx: Ctx, names: list[str]) -> list[Flowable]:
    story: list[Flowable] = []
    for name in names:
        if story:  # a short section shares the page when more than half of it is left
            fresh = name in FRESH_PAGE or (names[0] == "cover" and name == names[1])
            story.append(PageBreak() if fresh else CondPageBreak(ctx.height * 0.5))
        title = SECTION_TITLES[name]
        if name == "cover":
            story += front.cover_with_contents(
                ctx, [(n, SECTION_TITLES[n]) for n in names if n != "cover"])
            continue
        story.append(Anchor(f"s-{name}", title, level=0))
        if name == "one_pagers":
            if not ctx.model.projects:
                story += section_title(title) + [empty("No projects in scope.")]
            story += one_pagers(ctx, ProjectIndex(ctx))
        else:
            story += _BUILDERS[name](ctx)
    return story


__all__ = ["PAPERS", "SECTIONS", "SECTION_TITLES", "Cancelled", "PackOptions", "PackResult",
           "build_pack", "render", "resolve_sections"]
_ = datetime
