"""What the wizard's Preview page says about a plan: one message, in the wizard's words.

``plan_message(plan, counts)`` is the (kind, text) the message bar shows above the
preview, or None when there is nothing to say; ``HINTS`` is what a rejected row says to
do about its project.
"""

from __future__ import annotations

from pmo_desktop.importing.api import Plan, Rejections, rejections
from pmo_desktop.operations.imports import empty_template, empty_template_error

from .labels import tr

# what a rejected row says to do about its project, in the wizard's words
HINTS = {"no_project": "choose the project on the Tables & columns page",
         "new_project": "tick it under New projects to add it"}


def plan_message(plan: Plan, counts: dict[str, int]) -> tuple[str, str] | None:
    """The message bar's kind ("error", "warning", "info") and text for ``plan``."""
    warnings = _folded_warnings(plan)
    known = [tp for tp in plan.tables if tp.entity]
    if empty_template(plan.tables):
        return "error", empty_template_error(sorted({tp.table.file_name for tp in known}))
    if not known:
        return "error", tr("No table is set to be imported: choose what each "
                           "table imports as on the previous page.")
    if plan.writes == 0 and not counts["rejected"]:
        return "info", (tr("Nothing to write: everything in these files is "
                           "already in the portfolio.") +
                        ("\n" + "\n".join(warnings) if warnings else ""))
    if plan.writes == 0:
        why = rejections(plan.tables)
        assert why is not None
        return "error", "\n".join([_nothing_imported(why), *warnings])
    if counts["rejected"] or warnings:
        text = (tr("{n} rows will not be imported; show Rejected to see the row, column "
                   "and reason of each.").replace("{n}", f"{counts['rejected']:,}")
                if counts["rejected"] else "")
        for kind in ("new_project", "no_project"):  # the sentences lead the text
            why = rejections(plan.tables, kind)
            if why is not None:
                text = _rejected_for_project(why) + " " + text
        return "warning", "\n".join(([text] if text else []) + warnings)
    return None


def _rejected_for_project(why: Rejections) -> str:
    """What rows rejected for their project need (``why.kind`` is a project kind)."""
    n = f"{why.count:,}"
    if why.kind == "no_project":
        return (tr("{n} rows need a project: choose one on the Tables & columns page (Back).")
                if why.count != 1 else
                tr("{n} row needs a project: choose one on the Tables & columns page (Back)."
                   )).replace("{n}", n)
    return (tr("{n} rows name projects that are not in the portfolio ({p}): tick the ones "
               "to create under New projects.") if why.count != 1 else
            tr("{n} row names a project that is not in the portfolio ({p}): tick it under "
               "New projects to create it.")).replace("{n}", n).replace("{p}", why.detail)


def _folded_warnings(plan: Plan) -> list[str]:
    """Each table warning once, after the sheets it applies to ("RACI, Stakeholders and 4
    more: Not imported: …"), so six sheets of the same kind do not fill the message bar."""
    sheets: dict[str, list[str]] = {}
    for tp in plan.tables:
        for w in tp.warnings:
            names = sheets.setdefault(w, [])
            if tp.table.sheet not in names:
                names.append(tp.table.sheet)
    out = []
    for w, names in sheets.items():
        where = ", ".join(names[:3]) + (tr(" and {n} more").replace("{n}", str(len(names) - 3))
                                        if len(names) > 3 else "")
        out.append(f"{where}: {w}")
    return out


def _nothing_imported(why: Rejections) -> str:
    """Every row was rejected: the commonest reason, and what to do about it."""
    if why.kind != "other":
        return _rejected_for_project(why)
    return ((tr("No row can be imported: {n} of the {r} rejected rows fail on “{d}”.")
             if why.count < why.rows else tr("No row can be imported: all {r} fail on “{d}”."))
            .replace("{n}", f"{why.count:,}").replace("{r}", f"{why.rows:,}")
            .replace("{d}", why.detail) + " " +
            tr("Show Rejected to see the row, column and reason of each."))
