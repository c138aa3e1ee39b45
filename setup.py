"""Packaging hook: ship the top-level ``resources/`` folder inside the wheel as ``timeline/_data``.

Everything else is declared in ``pyproject.toml``. The repository keeps ``resources/`` at the top (the
sample corpus, the actor gazetteer, the event-keyword table, icons and styles); a built wheel carries it
as package data of ``timeline`` so an installed product finds it with :mod:`importlib.resources`
(see :mod:`timeline.resources`), from any working directory.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["timeline", "timeline.*", "gui", "gui.*"]), "timeline._data"],
    package_dir={"timeline._data": "resources"},
    package_data={"timeline": ["py.typed"], "timeline._data": ["**/*"]},
    include_package_data=False,
)
