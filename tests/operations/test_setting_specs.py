"""operations.setting_specs and settings.update_settings: typed settings read, checked
against the whole setting, written in one go or not at all."""

from __future__ import annotations

import pytest

from pmo_desktop.operations.setting_specs import (
    SettingError, current_settings, flatten, nested, parse_setting, read_settings,
    setting_spec, setting_specs,
)
from pmo_desktop.operations.settings import update_settings

from .portfolio_fixtures import (  # noqa: F401  (fixtures)
    last_log_id, log_since, operations_template, store, store_path,
)


def test_every_catalogue_key_has_a_value_and_nests_back(store):
    flat = current_settings(store)
    assert {s.key for s in setting_specs()} <= set(flat)
    assert flatten(nested(flat)) == flat
    # A setting the portfolio has never held reads as its default.
    assert flat["eac_method"] == "reported"
    assert flat["delegation_limits.pm.cost"] == 10_000.0


@pytest.mark.parametrize(("key", "typed", "stored"), [
    ("rag_thresholds.cost_red_pct", "12%", 12.0),
    ("rag_thresholds.cpi_red", "0.85", 0.85),
    ("rag_thresholds.two_ambers_red", "yes", True),
    ("delegation_limits.pm.cost", "£20k", 20_000.0),
    ("fiscal_year_start", "January", "01-01"),
    ("fiscal_year_start", "1st July", "07-01"),
    ("as_of", "15/03/2027", "2027-03-15"),
    ("currency", "eur", "EUR"),
    ("eac_method", "CPI SPI", "cpi_spi"),
    ("risk_bands.high_max", "", None),
])
def test_typed_values_read_as_people_type_them(key, typed, stored):
    assert parse_setting(setting_spec(key), typed) == stored


def test_bad_keys_and_values_say_what_is_wrong():
    with pytest.raises(SettingError, match="did you mean rag_thresholds.cpi_red"):
        setting_spec("rag_thresholds.cpired")
    with pytest.raises(SettingError, match="not a whole number"):
        parse_setting(setting_spec("risk_bands.low_max"), "3.5")
    with pytest.raises(SettingError, match="cannot be empty"):
        parse_setting(setting_spec("name"), " ")


def test_one_nested_value_keeps_the_rest_of_its_setting(store):
    before = store.settings()["rag_thresholds"]
    mark = last_log_id(store)
    result = update_settings(store, {"rag_thresholds.cpi_red": "0.85",
                                     "delegation_limits.pm.days": "10"}, source="cli")
    assert result.settings_changed and sorted(result.value) == ["delegation_limits",
                                                                "rag_thresholds"]
    after = store.settings()
    assert after["rag_thresholds"] == {**before, "cpi_red": 0.85}
    assert after["delegation_limits"]["pm"] == {"cost": 10_000.0, "days": 10}
    assert after["delegation_limits"]["project_board"]["cost"] == 250_000.0
    assert store.thresholds().cpi_red == 0.85
    assert {e["key"] for e in log_since(store, mark)} == {"rag_thresholds",
                                                          "delegation_limits"}


def test_a_bad_value_writes_nothing_of_the_batch(store):
    before, mark = store.settings(), last_log_id(store)
    with pytest.raises(SettingError, match=r"^rag_thresholds\.cost_red_pct: must be above"):
        update_settings(store, {"name": "Renamed", "rag_thresholds.cost_amber_pct": "12"})
    values, errors = read_settings(store, {"risk_bands.medium_max": "2",
                                           "hours_per_day": "25"})
    assert values == {} and set(errors) == {"risk_bands.medium_max", "hours_per_day"}
    assert store.settings() == before and last_log_id(store) == mark


def test_delegation_limits_set_here_are_the_ones_change_control_reads(store):
    from pmo_desktop.domain.change_control import (
        DELEGATION_SETTING, DelegationLimits, authority_needed,
    )

    limits = DelegationLimits.from_dict(store.setting(DELEGATION_SETTING))
    assert authority_needed(limits, 15_000, 0) == "change_authority"
    update_settings(store, {"delegation_limits.pm.cost": "£20k",
                            "delegation_limits.scope_level": "project board"})
    limits = DelegationLimits.from_dict(store.setting(DELEGATION_SETTING))
    assert limits.pm.cost == 20_000 and limits.scope_level == "project_board"
    assert authority_needed(limits, 15_000, 0) == "pm"
    assert authority_needed(limits, 0, 0, changes_scope=True) == "project_board"
