"""Reliability tests: bad input, lost edits, executed text (issue 8) and the project file."""
