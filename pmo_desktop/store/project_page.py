"""Named reads of the project page and the change-request register (``ui/detail``,
``ui/changes``): each takes a ``Store`` (the runner's reading copy off the GUI thread)
and returns plain data; ``queries_project`` does the work."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .queries import as_of_date
from .queries_project import ProjectDetail, change_requests, project_detail, project_index
from .store import Store


@dataclass(frozen=True)
class ProjectPage:
    """What the project page shows: the picker's ``(code, name)`` of every project, the
    project shown (``code``: the one asked for, else the first; ``None`` when there are
    no projects) and its ``detail``."""

    index: list[tuple[str, str]]
    code: str | None
    detail: ProjectDetail | None


def project_page(store: Store, code: str | None) -> ProjectPage:
    """The project page of ``code`` (of the first project when there is no such code)."""
    index = project_index(store.db)
    if not index:
        return ProjectPage([], None, None)
    codes = {c for c, _ in index}
    shown = code if code in codes else index[0][0]
    detail = project_detail(store.db, shown, as_of_date(store.settings()),
                            store.thresholds(), store.risk_bands())
    return ProjectPage(index, shown, detail)


def change_request_rows(store: Store) -> list[dict[str, Any]]:
    """Every change request with its project's code and name, newest raised first."""
    return change_requests(store.db)


__all__ = ["ProjectPage", "change_request_rows", "project_page"]
