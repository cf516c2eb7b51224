"""A budget without months: lines (phases, cost categories, work packages) × one amount.

"Phase | Prix", "Kategorie | Betrag", "Work package | Cost (£)": no period anywhere, so
none of the financial table's usual evidence (months across, a Period column) is there.
What tells such a table from any other list with a number in it is its shape and its
values, not its words:

- one column of amounts (numbers, not a serial 1, 2, 3 and not fractions), and one
  column of labels to its left, mostly different;
- a last line that is the sum of the lines above it (a total row, whatever its label
  says) — a breakdown of one amount;
- words of money in the sheet's name, the table's title, its headers or the total's
  label ("Budget total", "Presupuesto", "Kosten"), or a currency in the amount's header.

Its mapping is ``category`` (the labels) and ``budget`` (the amounts, a line's approved
budget); the plan step (``budgetplan``) makes their total the project's budget (BAC).
"""

from __future__ import annotations

import re
from typing import Any

from . import values as V
from .detected import Column, DetectedTable, column_values
from .headers import header_matches
from .vocab import ENTITY_WORDS, VARIANCE_WORDS, measure_in, norm

# Points of each piece of evidence; a table needs MIN_SCORE of them.
TOTAL_POINTS = 2.0
WORD_POINTS = 1.5
CURRENCY_POINTS = 1.0
MIN_SCORE = 2.5
COST_REPORT_POINTS = 2.0
# Words of money besides the financial sheet words (``vocab.ENTITY_WORDS``), in the
# languages the importer reads.
_MONEY_WORDS = frozenset(ENTITY_WORDS["financial"]) | {
    "orcamento", "orcamentos", "bilancio", "preventivo", "costi", "costo", "cout", "couts",
    "couts", "devis", "haushalt", "begroting", "custos", "custo", "gastos", "prix", "price",
    "prices", "amount", "montant", "importe", "betrag", "importo", "valor", "valeur"}
_TOTAL_WORDS = frozenset({"total", "totale", "totaal", "summe", "gesamt", "somme", "suma",
                          "sum", "totaux", "totals", "grand"})
_TOLERANCE = 0.005  # a total may round its lines by half a percent


def _number(v: Any) -> float | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, str) and any(ch.isdigit() for ch in v):
        try:
            return V.parse_money(v)
        except V.ValueProblem:
            return None
    return None


def _amounts(values: list[Any]) -> list[float] | None:
    """The column's numbers, when it is a column of amounts."""
    filled = [v for v in values if not V.is_empty(v)]
    nums = [n for n in map(_number, filled) if n is not None]
    if len(nums) < 2 or len(nums) * 5 < len(filled) * 4:
        return None
    if max(abs(n) for n in nums) <= 1.0:
        return None  # fractions: percentages, not money
    if all(n == int(n) for n in nums) and sorted(nums) == [float(i) for i in
                                                           range(1, len(nums) + 1)]:
        return None  # a serial number
    return nums


def _labels(values: list[Any]) -> bool:
    texts = [V.text(v) or "" for v in values if not V.is_empty(v)]
    words = [t for t in texts if t and _number(t) is None]
    return len(words) >= 2 and len(words) * 5 >= len(texts) * 4 and \
        len(set(words)) * 2 > len(words)


def total_row(amounts: list[float]) -> bool:
    """Whether the last amount is the sum of the ones above it (two or more)."""
    if len(amounts) < 3:
        return False
    *lines, last = amounts
    total = sum(lines)
    return total != 0 and abs(last - total) <= abs(total) * _TOLERANCE


def _rows(table: DetectedTable, label: int, amount: int) -> list[tuple[str, float]]:
    """(label, amount) of each row of the table with an amount, in order."""
    r = table.region
    out: list[tuple[str, float]] = []
    for row in table.rows[r.first_row - 1:r.last_row]:
        n = _number(row[amount]) if amount < len(row) else None
        if n is not None:
            out.append((V.text(row[label]) or "" if label < len(row) else "", n))
    return out


def budget_lines(table: DetectedTable) -> tuple[dict[int, tuple[str, float]], float] | None:
    """The mapping (labels → category, amounts → budget) and score of a budget without
    months, or None when the table is not one."""
    if any(c.period for c in table.columns) or len(table.columns) > _MAX_COLUMNS:
        return None
    amount_cols = [c for c in table.columns
                   if _amounts(column_values(table, c.index)) is not None]
    across = _total_across(table, [c.index for c in amount_cols]) \
        if len(amount_cols) >= 3 else None
    named = _budget_of_measures(amount_cols) if across is None else None
    if across is None and named is None and (len(amount_cols) != 1 or len(table.columns) > 4):
        return None  # several amounts (budget and actual, hours and rate): not a breakdown
    amount = next(c for c in amount_cols if c.index == across) if across is not None \
        else named or amount_cols[0]
    labels = [c for c in reversed(table.columns) if c.index < amount.index
              and c not in amount_cols and _labels(column_values(table, c.index))]
    named_by = [c for c in labels if not _whose(c.header)] or labels
    # the lines' names: the longest texts left of the amount (not a unit, "LS", "m3")
    label = max(named_by, key=lambda c: _mean_length(column_values(table, c.index)),
                default=None)
    if label is None:
        return None
    rows = _rows(table, label.index, amount.index)
    score = 0.0
    summed = total_row([n for _l, n in rows])
    outline = next((c.index for c in table.columns if c.index < label.index
                    and _outline_codes(column_values(table, c.index))), None)
    if summed or across is not None or outline is not None and \
            _rolls_up(table, outline, amount.index):
        # a total row, a total of each row's categories, or lines that are the sums of
        # the lines numbered under them ("2" of "2.1" … "2.4")
        score += TOTAL_POINTS
    words = set(norm(f"{table.sheet} {table.region.title or ''} {label.header} "
                     f"{amount.header}").split())
    if summed:
        words |= set(norm(rows[-1][0]).split()) - _TOTAL_WORDS
    if words & _MONEY_WORDS:
        score += WORD_POINTS
    if V.header_money(amount.header)[1] is not None:
        score += CURRENCY_POINTS
    if named is not None:  # "Budget | Actual | Forecast": a cost report's own words
        score += WORD_POINTS
        if len({_measure(c) for c in amount_cols} - {None}) >= 3:
            score += COST_REPORT_POINTS  # budget, actual and forecast of each line
    if score < MIN_SCORE:
        return None
    mapping = {label.index: ("category", 0.9), amount.index: ("budget", 0.9)}
    final = _final_cost(amount_cols) if named is not None else None
    if final is not None:  # each line's cost at completion: their sum is the project's EAC
        mapping[final.index] = ("forecast", 0.9)
    if outline is not None:  # "1", "1.1", "1.1.1": a line with lines under it is their sum
        mapping[outline] = ("_wbs", 0.9)
    return mapping, score


_MAX_COLUMNS = 16  # a breakdown by cost category across: code, line, owner, categories, total;
# a cost report: code, line, unit, budgets, committed, actual, ETC, EAC, variance, remarks


def _measure(col: Column) -> str | None:
    """What a cost report's amount measures: planned, actual or forecast (a line's
    final cost, "Anticipated Final Cost", "EFC", is a forecast), or None."""
    words = set(norm(col.header).split())
    if VARIANCE_WORDS & words:
        return None  # ("Variance (Budget – Forecast)" measures neither)
    if words & _FINAL_WORDS:
        return "forecast"
    if _INCURRED.search(norm(col.header)):
        return "actual"  # "Cost to Date": what the line has cost so far
    return measure_in([col.header])


def _final_cost(cols: list[Column]) -> Column | None:
    """Of a cost report's amounts, the one forecast of each line's whole cost ("Anticipated
    Final Cost", "EAC", "Costo Final Estimado"), not the cost still to come ("Forecast to
    Complete", "ETC", "Por Gastar"); None when there is none, or no telling which."""
    forecasts = [c for c in cols if _measure(c) == "forecast" and not _TO_GO.search(norm(c.header))]
    if len(forecasts) > 1:
        forecasts = [c for c in forecasts if set(norm(c.header).split()) & _FINAL_WORDS]
    return forecasts[0] if len(forecasts) == 1 else None


# a line's cost at its end: anticipated, estimated or forecast final cost, at completion
_FINAL_WORDS = frozenset({"final", "completion", "eac", "efc", "afc", "ffc", "outturn",
                          "finale", "finales", "finaux", "abschluss", "endkosten",
                          "prognosekosten", "eindkosten"})
# what a line has cost so far (not what is committed to it)
_INCURRED = re.compile(r"\b(?:costs? to date|costs? incurred|incurred)\b")
# what a line is still to cost (its estimate to complete), not its whole cost
_TO_GO = re.compile(r"\b(?:to complete|to go|etc|ctc|remaining|por gastar|por ejecutar|"
                    r"restant|reste a|restkosten|restbudget|a terminar|por incorrer)\b")


def _budget_of_measures(cols: list[Column]) -> Column | None:
    """Of a cost report's amounts, each headed by what it measures ("Budget (Plan)",
    "Ist", "Prognose (EAC)", "Variance"), the one budget column (the lines' approved
    budget, what the project's BAC adds up), or None unless one amount is the budget and
    another the actual or forecast."""
    measures = [_measure(c) for c in cols]
    budgets = [c for c, m in zip(cols, measures) if m == "planned"]
    if len(budgets) > 1:  # "Approved Changes" | "Transfers": what moved the budget
        budgets = [c for c in budgets if not set(norm(c.header).split()) & _CHANGES] or budgets
    if len(budgets) > 1:  # "Budget initial" | "Budget révisé": the budget now approved
        budgets = [c for c in budgets if set(norm(c.header).split()) & _CURRENT] or budgets
    if len(budgets) != 1 or not {"actual", "forecast"} & set(measures):
        return None
    return budgets[0]


# the words of a budget's changes (a column of them beside the budget's)
_CHANGES = frozenset({
    "change", "changes", "variation", "variations", "adjustment", "adjustments", "transfer",
    "transfers", "movement", "movements", "modification", "modifications", "avenant",
    "avenants", "nachtrag", "nachtrage", "anderungen", "umbuchungen", "wijzigingen",
    "cambios", "modificaciones", "modifiche", "variazioni", "alteracoes", "aditivos"})
# the words of a budget as it stands now, after approved changes (the lines' BAC)
_CURRENT = frozenset({
    "revised", "current", "approved", "adjusted", "updated", "revise", "revisee", "actuel",
    "actuelle", "ajuste", "revisado", "revisto", "ajustado", "vigente", "actualizado",
    "atualizado", "aktuell", "aktueller", "fortgeschrieben", "revisionato", "aggiornato",
    "corrente", "herzien", "huidig", "actueel", "reviderad", "revidert", "aktuel"})


def _total_across(table: DetectedTable, cols: list[int]) -> int | None:
    """The amount column that is, row by row, the sum of the other amount columns
    (Personal | Material | Fremdleistungen | Reserve | Total), or None."""
    r = table.region
    rows = table.rows[r.first_row - 1:min(r.last_row, r.first_row - 1 + 500)]  # a sample
    for total in reversed(cols):
        parts = [c for c in cols if c != total]
        checked = agree = 0
        for row in rows:
            t = _number(row[total]) if total < len(row) else None
            if t is None:
                continue
            nums = [_number(row[c]) if c < len(row) else None for c in parts]
            checked += 1
            agree += abs(sum(n or 0.0 for n in nums) - t) <= max(abs(t) * _TOLERANCE, 0.5)
        if checked >= 3 and agree * 10 >= checked * 9:
            return total
    return None


def _outline_codes(values: list[Any]) -> bool:
    """A column of outline numbers ("1", "1.1", "1.1.1"), some of them nested."""
    texts = [V.text(v) or "" for v in values if not V.is_empty(v)]
    codes = [t for t in texts if _OUTLINE.fullmatch(t)]
    return len(codes) >= 3 and len(codes) * 5 >= len(texts) * 4 and any("." in t for t in codes)


def _mean_length(values: list[Any]) -> float:
    texts = [V.text(v) or "" for v in values if not V.is_empty(v)]
    return sum(map(len, texts)) / len(texts) if texts else 0.0


def _whose(header: str) -> bool:
    """The header names whose line it is ("Responsable", "Owner"), not what it is."""
    return any(f == "owner" and c >= 0.9 for f, c in header_matches(header, "action"))


def _rolls_up(table: DetectedTable, outline: int, amount: int) -> bool:
    """Whether each line with lines numbered under it ("2" over "2.1" … "2.4") holds their
    sum, in two such lines or more."""
    r = table.region
    lines: dict[str, float] = {}
    for row in table.rows[r.first_row - 1:r.last_row]:
        code = (V.text(row[outline]) or "").strip().rstrip(".") if outline < len(row) else ""
        n = _number(row[amount]) if amount < len(row) else None
        if code and n is not None and _OUTLINE.fullmatch(code):
            lines[code] = n
    checked = agree = 0
    for code, n in lines.items():
        under = [v for c, v in lines.items() if c.startswith(f"{code}.") and
                 "." not in c[len(code) + 1:]]
        if under:
            checked += 1
            agree += abs(sum(under) - n) <= max(abs(n) * _TOLERANCE, 0.5)
    return checked >= 2 and agree * 10 >= checked * 9


_OUTLINE = re.compile(r"\d{1,3}(?:\.\d{1,3})*\.?")
