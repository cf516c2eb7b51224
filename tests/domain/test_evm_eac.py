"""The EAC the portfolio chose (DOMAIN.md §5.2): the setting's choices, each method
driving ETC, VAC and TCPI(EAC), and the fallback when the chosen one is undefined."""

from __future__ import annotations

from datetime import date

import pytest

from pmo_desktop.domain import evm_phased as ep
from pmo_desktop.domain.evm_eac import EAC_METHOD_NAMES, choose_eac
from pmo_desktop.domain.settings_rules import EAC_METHODS

from .month_lines import month_lines as _lines

approx = pytest.approx


def test_method_names_are_the_settings_choices():
    assert tuple(EAC_METHODS) == EAC_METHOD_NAMES


def test_each_method_drives_etc_vac_and_tcpi_eac():
    lines = _lines([50, 50], [60, 0], [40, 0])
    seen = {}
    for method in EAC_METHOD_NAMES:
        r = ep.phase(lines, date(2026, 1, 31), bac=100, reported_eac=130, method=method)
        seen[method] = r.eac
        assert r.evm.etc == approx(r.eac - 60)
        assert r.evm.vac == approx(100 - r.eac)
        assert r.evm.tcpi_eac == approx(60 / (r.eac - 60))
    assert seen == approx({"reported": 130, "cpi": 150, "atypical": 120,
                           "cpi_spi": 60 + 60 / (40 / 60 * 40 / 50)})


def test_an_undefined_chosen_eac_falls_back_and_says_so():
    r = ep.phase(_lines([50, 50]), date(2026, 1, 31), bac=100, reported_eac=110, method="cpi")
    assert r.evm.cpi is None and r.eac == 110 and r.eac_method_used == "reported"
    r = ep.phase(_lines([50, 50]), date(2026, 1, 31), bac=100, method="cpi_spi")
    assert r.eac == 100 and r.eac_method_used == "bac"
    with pytest.raises(ValueError):
        choose_eac("guess", r.evm, None)
