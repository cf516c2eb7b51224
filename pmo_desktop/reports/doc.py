"""The document machinery: page templates, header/footer, "Page x of y", outline.

Headers and footers are drawn once every page is laid out (``_PagedCanvas`` keeps each
page's state until ``save``), so the total page count is known without a second pass.
Outline entries come from zero-size ``Anchor`` flowables placed before each section and
each one-pager.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from .theme import BOLD, FAINT, MUTED, NAVY, RULE, SANS

PAPERS = {"A4": A4, "LETTER": LETTER}


class Cancelled(Exception):
    """The user cancelled the build."""


@dataclass(frozen=True)
class Chrome:
    """What the header and footer print on every page."""

    portfolio: str
    title: str
    as_of: str
    period: str
    marking: str
    version: str


class Anchor(Flowable):
    """A zero-size mark: a bookmark and an outline entry on the page where it lands."""

    def __init__(self, key: str, title: str, level: int = 0) -> None:
        super().__init__()
        self.key, self.title, self.level = key, title, level
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=self.level > 0)


class PageRef(Flowable):
    """One line of text ending in the page number where an ``Anchor`` landed.

    The number is a PDF form drawn when the whole pack is laid out (pages are kept until
    ``save``), so a summary can point forward ("… on page 14") in a single pass. A key
    that never landed prints "—".
    """

    def __init__(self, text: str, key: str, font: str, size: float, colour: Any) -> None:
        super().__init__()
        self.text, self.key, self.font, self.size, self.colour = text, key, font, size, colour
        self.height = size * 1.4

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return (availWidth, self.height)

    def draw(self) -> None:
        c = self.canv
        c.setFont(self.font, self.size)
        c.setFillColor(self.colour)
        y = self.size * 0.35
        c.drawString(0, y, self.text)
        c.saveState()
        c.translate(c.stringWidth(self.text, self.font, self.size), y)
        c.doForm(page_form(self.key))
        c.restoreState()
        wanted = getattr(c, "page_refs", None)
        if wanted is not None:
            wanted[self.key] = (self.font, self.size, self.colour)


def page_form(key: str) -> str:
    return "pageref-" + "".join(ch if ch.isalnum() else "-" for ch in key)


def page_size(paper: str, is_landscape: bool) -> tuple[float, float]:
    size = PAPERS[paper.upper()]
    return landscape(size) if is_landscape else size


def _canvas_class(chrome: Chrome, creation: str) -> type[Canvas]:
    class _PagedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["invariant"] = 1
            super().__init__(*args, **kwargs)
            self._doc.setDateFormatter(lambda *_a: creation)
            self._pages: list[dict[str, Any]] = []
            self._marks: list[tuple[str, dict[str, Any]]] = []
            self.page_refs: dict[str, tuple[str, float, Any]] = {}  # PageRef keys drawn

        def bookmarkPage(self, key: str, **kw: Any) -> None:
            # The real page object exists only when the page is replayed in save().
            self._marks.append((key, kw))

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._marks = []
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            landed = {key: n for n, state in enumerate(self._pages, start=1)
                      for key, _kw in state["_marks"]}
            for key, (font, size, colour) in self.page_refs.items():
                self.beginForm(page_form(key))
                self.setFont(font, size)
                self.setFillColor(colour)
                self.drawString(0, 0, f"{landed[key]}." if key in landed else "—.")
                self.endForm()
            for state in self._pages:
                self.__dict__.update(state)
                for key, kw in state["_marks"]:
                    Canvas.bookmarkPage(self, key, **kw)
                _chrome(self, chrome, self._pageNumber, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return _PagedCanvas


def _chrome(c: Canvas, chrome: Chrome, number: int, total: int) -> None:
    width, height = c._pagesize
    left, right = 16 * mm, width - 16 * mm
    c.saveState()
    c.setFont(BOLD, 7.5)
    c.setFillColor(NAVY)
    c.drawCentredString(width / 2, height - 8.5 * mm, chrome.marking.upper())
    c.drawCentredString(width / 2, 6 * mm, chrome.marking.upper())
    if number > 1:
        c.setFont(SANS, 7.5)
        c.setFillColor(MUTED)
        c.drawString(left, height - 8.5 * mm, chrome.portfolio)
        c.drawRightString(right, height - 8.5 * mm, chrome.title)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(left, height - 10.5 * mm, right, height - 10.5 * mm)
        c.line(left, 12.5 * mm, right, 12.5 * mm)
        c.drawString(left, 9 * mm, f"As of {chrome.as_of}  ·  {chrome.period}")
        c.setFillColor(FAINT)
        c.drawString(left, 5.5 * mm, chrome.version)
    c.setFont(SANS, 7.5)
    c.setFillColor(MUTED)
    c.drawRightString(right, 9 * mm, f"Page {number} of {total}")
    c.restoreState()


class PackDocument(BaseDocTemplate):
    """Cover template (no body header) and the body template, with progress hooks."""

    def __init__(self, filename: str, pagesize: tuple[float, float], title: str, author: str,
                 subject: str, on_flowable: Callable[[Flowable], None] | None = None) -> None:
        super().__init__(
            filename, pagesize=pagesize, leftMargin=16 * mm, rightMargin=16 * mm,
            topMargin=16 * mm, bottomMargin=17 * mm, title=title, author=author,
            subject=subject, creator="PMO Desktop", producer="PMO Desktop (ReportLab)",
            invariant=1, pageCompression=1)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="body", frames=[frame])])
        self._on_flowable = on_flowable

    def afterFlowable(self, flowable: Flowable) -> None:
        if self._on_flowable is not None:
            self._on_flowable(flowable)


def build(doc: PackDocument, story: list[Flowable], chrome: Chrome, creation: str) -> int:
    """Lay out ``story``; returns the page count."""
    doc.build(story, canvasmaker=_canvas_class(chrome, creation))
    return int(doc.page)
