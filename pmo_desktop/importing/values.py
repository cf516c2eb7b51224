"""Step 4: cell values → stored values (dates, money, percentages, RAG, scales, enums).

Each parser takes one cell and returns the stored value, ``None`` for an empty cell,
or raises ``ValueProblem`` with a short reason. Decisions that need the whole column
(day-first or month-first dates, 0.85 vs 85 percentages, a 3-point or a 5-point
scale) are taken once per column from its values (``decide_*``).

This module is the step's one face; the parsers live in ``cellvalue`` (text, the
error), ``dates``, ``numbers`` (amounts, money, percentages), ``ratings`` (RAG, scales)
and ``choices`` (enumerations).
"""

from __future__ import annotations

from .cellvalue import (  # noqa: F401
    NUMBER_LIMIT, ValueProblem, _bounded, _shown, is_empty, person, problems_only, text
)
from .dates import (  # noqa: F401
    EXCEL_EPOCH, _near, date_range, dayfirst_evidence, decide_dayfirst, excel_serial, iso,
    parse_date, period_of
)
from .numbers import (  # noqa: F401
    decide_decimal_comma, decide_percent_scale, header_money, parse_bool, parse_float,
    parse_days, parse_int, parse_money, parse_number, parse_percent, title_scale
)
from .ratings import (  # noqa: F401
    ScaleRule, band_from_fraction, decide_scale, is_level_word, is_rag_mark, legend_rag_parser,
    parse_rag,
    parse_scale,
    rag_from_colour, rag_legend
)
from .choices import (  # noqa: F401
    ENUM_SYNONYMS, STATUS_FOLD, enum_parser
)
from .vocab import MONTHS, norm, strip_accents  # noqa: F401

__all__ = [
    "ENUM_SYNONYMS", "EXCEL_EPOCH", "MONTHS", "NUMBER_LIMIT", "STATUS_FOLD", "ScaleRule",
    "ValueProblem", "_bounded", "_near", "_shown", "band_from_fraction",
    "dayfirst_evidence", "decide_dayfirst",
    "decide_decimal_comma", "decide_percent_scale", "decide_scale", "enum_parser",
    "excel_serial", "header_money", "is_empty", "is_level_word", "is_rag_mark", "iso",
    "legend_rag_parser", "norm",
    "parse_bool", "parse_date",
    "parse_days", "parse_float", "parse_int", "parse_money", "parse_number", "parse_percent", "parse_rag",
    "parse_scale", "period_of", "person", "problems_only", "rag_from_colour", "rag_legend",
    "strip_accents", "text", "title_scale"
]
