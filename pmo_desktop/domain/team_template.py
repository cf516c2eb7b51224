"""What makes a workbook a team template: the very hidden sheet that says which
portfolio wrote it, for whom, which sheet holds which records under which headers, and a
signature (HMAC-SHA256 under the portfolio's own secret) so that a sheet made to look
like one is not trusted.

Pure: ``meta_rows`` writes the sheet's (key, value) rows; ``read_meta`` reads them back
and checks the signature. ``exporting`` writes the sheet, ``importing.template`` reads it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field
from typing import Any

META_SHEET = "_pmo_template"
LISTS_SHEET = "_lists"  # the drop-down lists' values (very hidden too)
MARK = "PMO Desktop team template"
VERSION = 1  # of this layout; a newer one is not read as a template


@dataclass
class TemplateSheet:
    """One sheet of a template: the entity of its rows and header → field."""

    sheet: str
    entity: str
    mapping: dict[str, str]


@dataclass
class TemplateInfo:
    scope_kind: str  # project, programme, person
    scope: str
    portfolio: str
    written: str  # ISO date and time
    sheets: list[TemplateSheet] = field(default_factory=list)
    skip: list[str] = field(default_factory=list)  # sheets that hold no records
    version: int = VERSION

    def sheet(self, name: str) -> TemplateSheet | None:
        return next((s for s in self.sheets if s.sheet == name), None)


def sign(secret: str, payload: str) -> str:
    """The hex HMAC-SHA256 of ``payload`` under ``secret``."""
    return hmac.new(secret.encode("utf-8"), payload.encode("utf-8"), hashlib.sha256).hexdigest()


def _payload(rows: list[tuple[str, str]]) -> str:
    return json.dumps([[k, v] for k, v in rows], ensure_ascii=False, separators=(",", ":"))


def meta_rows(info: TemplateInfo, secret: str) -> list[tuple[str, str]]:
    """The identifying sheet's rows, the signature last."""
    rows = [("template", MARK), ("version", str(info.version)),
            ("scope_kind", info.scope_kind), ("scope", info.scope),
            ("portfolio", info.portfolio), ("written", info.written),
            ("sheets", json.dumps([{"sheet": s.sheet, "entity": s.entity,
                                    "mapping": s.mapping} for s in info.sheets],
                                  ensure_ascii=False, separators=(",", ":"))),
            ("skip", json.dumps(info.skip, ensure_ascii=False))]
    return [*rows, ("signature", sign(secret, _payload(rows)))]


def read_meta(rows: list[list[Any]], secret: str | None) -> TemplateInfo | None:
    """The template these rows identify, or None: not a template's sheet, a newer
    version, no secret to check with, or a signature that does not match (the sheet
    was forged or edited)."""
    pairs = [(str(r[0]), "" if len(r) < 2 or r[1] is None else str(r[1]))
             for r in rows if r and r[0] not in (None, "")]
    if not pairs or pairs[0] != ("template", MARK) or pairs[-1][0] != "signature":
        return None
    body, signature = pairs[:-1], pairs[-1][1]
    if secret is None or not hmac.compare_digest(sign(secret, _payload(body)),
                                                 signature.strip().lower()):
        return None
    values = dict(body)
    try:
        version = int(values["version"])
        sheets = [TemplateSheet(str(s["sheet"]), str(s["entity"]),
                                {str(k): str(v) for k, v in s["mapping"].items()})
                  for s in json.loads(values["sheets"])]
        skip = [str(s) for s in json.loads(values.get("skip") or "[]")]
    except (KeyError, ValueError, TypeError, AttributeError):
        return None
    if version > VERSION:
        return None
    return TemplateInfo(values.get("scope_kind", ""), values.get("scope", ""),
                        values.get("portfolio", ""), values.get("written", ""),
                        sheets, skip, version)
