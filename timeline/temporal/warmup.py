"""Importing this module builds the engine's lazy tables (rule patterns and their first characters, lunar months) once.

Worker processes preload it in the fork server (:mod:`timeline.pipeline`), so every worker forked from
it starts with the compiled tables instead of paying about half a second of CPU each.
"""

import datetime as _dt

from timeline.temporal import extract as _extract

_extract("2026年2月16日除夕，去年9月和今年第三季度。In March 2025.", _dt.date(2026, 2, 18))
