"""Test package: makes ``tests/gui`` the package ``tests.gui``, so ``import gui`` is always the viewer."""
