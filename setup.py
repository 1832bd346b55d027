"""Packages for setuptools: the code, and ``resources/`` mapped to ``returns_app._resources``.

pyproject.toml cannot both find packages and add one that lives elsewhere (package-dir), so
the list is made here; everything else is in pyproject.toml.
"""

from setuptools import find_namespace_packages, setup

setup(
    packages=[
        *find_namespace_packages(include=["returns_app*", "ui*"], exclude=["*__pycache__"]),
        "returns_app._resources",
    ]
)
