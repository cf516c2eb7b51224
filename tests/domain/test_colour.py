"""WCAG contrast: the published reference values and the choice of text colour."""

import pytest

from pmo_desktop.domain.colour import contrast_ratio, luminance, text_on


def test_black_on_white_is_21_and_a_colour_on_itself_is_1():
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#D4351C", "#d4351c") == pytest.approx(1.0)
    assert luminance("#FFFFFF") == pytest.approx(1.0) and luminance("#000000") == 0.0


def test_mid_grey_reference_ratio():
    # #767676 on white is the well-known 4.54:1 AA minimum grey
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)


def test_text_on_picks_dark_text_on_amber_and_white_on_red():
    assert text_on("#FFBF00") == "#1B1F24"
    assert text_on("#D4351C") == "#FFFFFF"


def test_a_bad_colour_is_refused():
    with pytest.raises(ValueError):
        luminance("amber")
