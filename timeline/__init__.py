"""News text to timeline: corpus reading, temporal expressions, events, model and file formats.

This package never imports Qt; the viewer lives in :mod:`gui`.
"""

__version__ = "0.1.0"
