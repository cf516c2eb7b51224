"""Edit > Portfolio settings…: the portfolio's own settings, as one undoable change.

(Not ``ui/settings.py``: that is the app's QSettings preferences on this computer.)

One page per group of the settings catalogue (``operations.setting_specs``): the
portfolio (name, currency, fiscal year, as-of date, hours per day, which EAC, the
stage gates in order), RAG thresholds, risk bands, delegation limits. Every field is
read as a tracker cell is (``£20k``, ``12%``); OK checks the whole set with the rules of
``domain.settings_rules`` and shows what is wrong under each field, then writes the
settings that changed in one operation (``operations.settings.change_settings``)
pushed on the undo stack; every view showing a setting reloads.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFrame, QLineEdit, QScrollArea,
    QTabWidget, QVBoxLayout, QWidget,
)

from pmo_desktop.domain.money import CURRENCY_SYMBOLS
from pmo_desktop.domain.risk import RiskBands
from pmo_desktop.operations import Result
from pmo_desktop.operations.setting_specs import (
    GROUPS, SettingError, SettingSpec, current_settings, names_text, parse_setting,
    read_settings, setting_specs,
)
from pmo_desktop.operations.settings import change_settings

from . import commands
from .context import AppContext
from .plain import plain_label
from .portfolio.project_fields import _FieldForm, _form
from .viewkit.date_edit import OptionalDateEdit

__all__ = ["SettingsCommand", "SettingsDialog", "open_settings_dialog"]

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")

_INTROS = {
    "Portfolio": "The portfolio as its reports name it, and how its figures are counted.",
    "RAG thresholds": "Bad-when-high measures: green up to the amber threshold, amber up "
                      "to the red one, red above. CPI and SPI: green from the amber "
                      "threshold up, red below the red one. The risk RAG follows the "
                      "risk bands.",
    "Risk bands": "The highest score (probability × impact, 1–25) of each band.",
    "Delegation limits": "The largest cost and schedule impact each level may approve; "
                         "a change above the project board's goes to the portfolio board.",
}


class SettingsCommand(commands.StoreCommand):
    """Set top-level settings; undo writes the values they replaced."""

    def __init__(self, ctx: AppContext, values: dict[str, Any], text: str) -> None:
        super().__init__(ctx, text)
        stored = ctx.store.settings()
        self.new_values = dict(values)
        self.old_values = {k: stored.get(k) for k in values}

    def _do(self) -> Result:
        return change_settings(self.ctx.store, self.new_values, source=commands.SOURCE)

    def _undo(self) -> Result:
        return change_settings(self.ctx.store, self.old_values, source=commands.SOURCE)


def _text(spec: SettingSpec, value: Any) -> str:
    if value is None:
        return ""
    if spec.kind == "names":
        return names_text(value)
    if isinstance(value, float):
        if spec.kind == "money":
            return f"{value:,.2f}".rstrip("0").rstrip(".")
        return f"{value:g}"
    return str(value)


class SettingsDialog(QDialog):
    """The portfolio's settings; ``fields`` by dotted key, ``errors`` the line under each."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle("Portfolio settings")
        self._ctx = ctx
        self.current = current_settings(ctx.store)
        self._form = _FieldForm()
        self.errors = self._form.errors
        self.fields: dict[str, QWidget] = {}
        self.specs = {s.key: s for s in setting_specs()}
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        for page, group in enumerate(GROUPS):
            self.tabs.addTab(self._page(page, group), group)
        for key in ("risk_bands.low_max", "risk_bands.medium_max", "risk_bands.high_max"):
            widget = self.fields[key]
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self._show_bands)
        self._show_bands()
        self.banner = plain_label(name="formError", wrap=True)
        self.banner.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("settingsOk")
        defaults = self.buttons.addButton("Restore this page's defaults",
                                          QDialogButtonBox.ButtonRole.ResetRole)
        defaults.setObjectName("settingsDefaults")
        defaults.setToolTip("Fill this page with the recommended defaults (DOMAIN); "
                            "nothing is saved until OK.")
        defaults.clicked.connect(self.restore_defaults)
        if ctx.store.read_only:
            ok.setEnabled(False)
            self.banner.setText("This portfolio is open read-only: its settings cannot "
                                "be changed.")
            self.banner.setVisible(True)
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self.resize(640, 600)

    # -- building -------------------------------------------------------------------
    def _page(self, page: int, group: str) -> QWidget:
        inner = QWidget()
        box = QVBoxLayout(inner)
        intro = plain_label(_INTROS.get(group, ""), wrap=True)
        intro.setObjectName("settingsIntro")
        box.addWidget(intro)
        form = _form()
        for spec in self.specs.values():
            if spec.group != group:
                continue
            widget = self._widget(spec)
            widget.setToolTip(spec.help)
            label = f"{spec.label} ({self._ctx.store.currency})" if spec.kind == "money" \
                else spec.label
            self._form.add(form, page, spec.key, label, widget)
            self._set(spec, widget, self.current.get(spec.key))
            self.fields[spec.key] = widget
        box.addLayout(form)
        notes = [spec.help for spec in self.specs.values()
                 if spec.group == group and spec.help and group != GROUPS[0]]
        if group == "Risk bands":
            self.band_preview = plain_label(name="settingsBandPreview", wrap=True)
            box.addWidget(self.band_preview)
        if notes:
            box.addWidget(plain_label(" ".join(notes), wrap=True))
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        return scroll

    def _widget(self, spec: SettingSpec) -> QWidget:
        if spec.kind == "bool":
            return QCheckBox()
        if spec.kind == "date":
            return OptionalDateEdit()
        if spec.kind in ("enum", "month_day", "currency"):
            combo = QComboBox()
            if spec.kind == "enum":
                for choice in spec.choices:
                    combo.addItem(spec.choice_label(choice), choice)
            elif spec.kind == "month_day":
                for n, month in enumerate(_MONTHS, start=1):
                    combo.addItem(f"1 {month}", f"{n:02d}-01")
            else:
                combo.setEditable(True)
                for code in CURRENCY_SYMBOLS:
                    combo.addItem(code, code)
            return combo
        line = QLineEdit()
        if spec.optional and spec.key == "risk_bands.high_max":
            line.setPlaceholderText("empty: no Critical band")
        elif spec.kind == "money":
            line.setPlaceholderText("e.g. 10k or 1.2m")
        elif spec.kind == "names":
            line.setPlaceholderText("e.g. G0 Idea → G1 Business case → G2 Delivery")
        return line

    @staticmethod
    def _set(spec: SettingSpec, widget: QWidget, value: Any) -> None:
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, OptionalDateEdit):
            widget.set_value(value)
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            if index < 0 and value is not None:
                if widget.isEditable():
                    widget.setEditText(str(value))
                    return
                widget.addItem(str(value), value)  # a stored day that is not the 1st
                index = widget.count() - 1
            widget.setCurrentIndex(max(index, 0))
        elif isinstance(widget, QLineEdit):
            widget.setText(_text(spec, value))

    @staticmethod
    def _typed(widget: QWidget) -> Any:
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, OptionalDateEdit):
            return widget.iso()
        if isinstance(widget, QComboBox):
            return widget.currentText() if widget.isEditable() else widget.currentData()
        if isinstance(widget, QLineEdit):
            return widget.text()
        return None

    @Slot()
    def _show_bands(self) -> None:
        """The bands as the typed bounds make them (``Low 1–3 · Medium 4–6 …``)."""
        typed = {}
        try:
            for name in ("low_max", "medium_max", "high_max"):
                key = f"risk_bands.{name}"
                typed[name] = parse_setting(self.specs[key], self._typed(self.fields[key]))
            bands = RiskBands.from_dict(typed)
        except (SettingError, ValueError, TypeError):
            self.band_preview.setText("Bands: — (the bounds do not make bands yet)")
            return
        self.band_preview.setText("Bands: " + " · ".join(
            f"{band.label} {low}–{high}" for band, low, high in bands.ranges()))

    @Slot()
    def restore_defaults(self) -> None:
        """Put the defaults in the current page's fields (saved only by OK). The
        portfolio's own name and dates are not defaults: that page keeps them."""
        group = GROUPS[self.tabs.currentIndex()]
        for key, widget in self.fields.items():
            spec = self.specs[key]
            if spec.group == group and key not in ("name", "organisation", "as_of"):
                self._set(spec, widget, spec.default)

    # -- reading --------------------------------------------------------------------
    def read(self) -> tuple[dict[str, Any], dict[str, str]]:
        """(the top-level settings to write, errors by dotted key). Only the fields
        that differ from the portfolio's settings are written."""
        errors: dict[str, str] = {}
        changed: dict[str, Any] = {}
        for key, widget in self.fields.items():
            try:
                value = parse_setting(self.specs[key], self._typed(widget))
            except SettingError as exc:
                errors[key] = str(exc)
                continue
            if value != self.current.get(key):
                changed[key] = value
        if errors or not changed:
            return {}, errors
        return read_settings(self._ctx.store, changed)

    def show_errors(self, errors: dict[str, str]) -> None:
        self._form.show_errors(errors)
        if errors:
            first = next(k for k in self.fields if k in errors)
            self.tabs.setCurrentIndex(self._form.pages[first])
            self.fields[first].setFocus()

    @Slot()
    def _on_accept(self) -> None:
        values, errors = self.read()
        self.show_errors(errors)
        if errors:
            return
        if values:
            command = SettingsCommand(self._ctx, values, "Change portfolio settings")
            if not commands.run(self._ctx, command):
                self.banner.setText(command.error or "The change was refused.")
                self.banner.setVisible(True)
                return
        self.accept()


def open_settings_dialog(ctx: AppContext, parent: QWidget | None) -> SettingsDialog:
    """Open the dialog (``open()``: no nested event loop) and return it."""
    dialog = SettingsDialog(ctx, parent)
    dialog.open()
    return dialog

