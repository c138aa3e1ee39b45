"""Fixtures for the image-export tests; the timelines themselves live in ``export_samples``."""

from __future__ import annotations

import pytest
from export_samples import small_timeline as _small_timeline

from timeline.model import Timeline


@pytest.fixture
def small_timeline() -> Timeline:
    return _small_timeline()
