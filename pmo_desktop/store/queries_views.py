"""The views' named reads under their former module name (one import for callers that
have not moved yet). The reads live in one module per concern:

* ``queries_common``: RAG keys, months, risk bands, ``Source`` (a ``Store`` or its database);
* ``queries_dashboard``: the dashboard's figures;
* ``queries_periods``: closed periods, their RAG mix and frozen rows;
* ``queries_raid``: the RAID register, open counts, the risk heat map;
* ``queries_resources``: the resource heat map;
* ``queries_financials``: money and EVM per project;
* ``queries_project``: one project's page, change requests, project pickers.

Every read takes the ``Store`` (a view passes the runner's reading copy) and returns
plain dataclasses or dicts; the views format and draw them and never query.
"""

from __future__ import annotations

from .queries_common import (
    NOT_SET, RAG_KEYS, Source, add_months, database, month_range, parse_date, rag_key,
    risk_band, safe_rag, shown_rag, snapshot_rag,
)
from .queries_dashboard import (
    MILESTONE_WINDOW_DAYS, DashboardFigures, ProgrammeBudget, dashboard, over_allocated_people,
)
from .queries_financials import FinancialRow, Financials, financials
from .queries_periods import (
    PeriodMix, PeriodSummary, period_rows, period_summaries, rag_mix, snapshot_rags,
)
from .queries_project import (
    HistoryRow, ProjectDetail, change_requests, programme_names, project_detail,
    project_financials, project_history, project_index, project_milestones, rag_history,
)
from .queries_raid import RaidRow, open_raid_counts, raid_register, risk_heatmap
from .queries_resources import HeatCell, HeatRow, ResourceHeatmap, resource_heatmap

__all__ = [
    "MILESTONE_WINDOW_DAYS", "NOT_SET", "RAG_KEYS", "DashboardFigures", "FinancialRow",
    "Financials", "HeatCell", "HeatRow", "HistoryRow", "PeriodMix", "PeriodSummary",
    "ProgrammeBudget", "ProjectDetail", "RaidRow", "ResourceHeatmap", "Source", "add_months",
    "change_requests", "dashboard", "database", "financials", "month_range",
    "open_raid_counts", "over_allocated_people", "parse_date", "period_rows",
    "period_summaries", "programme_names", "project_detail", "project_financials",
    "project_history", "project_index", "project_milestones", "rag_history", "rag_key",
    "rag_mix", "raid_register", "resource_heatmap", "risk_band", "risk_heatmap", "safe_rag",
    "shown_rag", "snapshot_rag", "snapshot_rags",
]
