"""The EAC the portfolio reports (DOMAIN.md §5.2): the three of §5.2 (typical, atypical,
composite) and the reported one are always computed; the portfolio's ``eac_method``
setting says which one ETC, VAC, VAC % and TCPI(EAC) use. When the chosen one is
undefined (no AC, CPI 0 …) the reported one stands in, then the BAC."""

from __future__ import annotations

import math

from .evm import EvmResult

EAC_METHOD_NAMES = ("reported", "cpi", "cpi_spi", "atypical")
"""The values of the portfolio setting ``eac_method`` (``settings_rules.EAC_METHODS``)."""

EAC_FIELDS = {"cpi": "eac_typical", "cpi_spi": "eac_composite", "atypical": "eac_atypical"}
"""The ``EvmResult`` field that holds the EAC of each method but ``reported``."""


def eac_with_pf(bac: float, ev: float, ac: float, pf: float) -> float | None:
    """The generic EAC of ISO 21508: ``AC + (BAC − EV) / PF`` (``None`` when PF is 0).

    PF 1 is the atypical EAC, CPI the typical one, CPI × SPI the composite; a CPI
    given as an input (a textbook's 0.83) goes in here.
    """
    return None if pf == 0 else ac + (bac - ev) / pf


def choose_eac(method: str, evm: EvmResult, reported: float | None
               ) -> tuple[float | None, str]:
    """The EAC of ``method`` (``EAC_METHOD_NAMES``) and the method that gave it.

    An undefined chosen EAC falls back to the reported one, then to the BAC (a project
    without a forecast is taken to land on budget), each named in the second value.
    """
    if method not in EAC_METHOD_NAMES:
        raise ValueError(f"unknown EAC method {method!r}")
    if method != "reported":
        value: float | None = getattr(evm, EAC_FIELDS[method])
        if value is not None and math.isfinite(value):
            return value, method
    if reported is not None:
        return reported, "reported"
    return evm.bac, "bac"


__all__ = ["EAC_FIELDS", "EAC_METHOD_NAMES", "choose_eac", "eac_with_pf"]
