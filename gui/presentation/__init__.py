"""The presentation layer shared by the viewer and the image exporter (no Qt): the time scale
(:mod:`gui.presentation.timescale`)."""
