"""The desktop viewer (PySide6 + pyqtgraph). Reads the :mod:`timeline` model; never parses text itself."""
