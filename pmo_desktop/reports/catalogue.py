"""The pack's sections and paper sizes, in one light module: the CLI's help and the
report dialog list them without loading reportlab."""

from __future__ import annotations

SECTIONS: tuple[tuple[str, str], ...] = (
    ("cover", "Cover"),
    ("summary", "Executive summary"),
    ("decisions", "Decisions and asks of the board"),
    ("rag_matrix", "Portfolio RAG overview"),
    ("priorities", "Portfolio balance and priorities"),
    ("financials", "Financials"),
    ("milestones", "Milestones"),
    ("roadmap", "Roadmap"),
    ("risks", "Top risks and issues"),
    ("changes", "Change requests"),
    ("benefits", "Benefits"),
    ("resources", "Resource hotspots"),
    ("movement", "What changed since the last pack"),
    ("quality", "Data quality"),
    ("one_pagers", "Project highlight reports"),
    ("appendix", "Appendix: definitions"),
)
SECTION_TITLES = dict(SECTIONS)
SECTION_NAMES = tuple(k for k, _ in SECTIONS)
PAPERS = ("A4", "Letter")
