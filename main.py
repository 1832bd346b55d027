"""Thin shim: ``python main.py`` is the same as the ``returns-app`` command."""

import sys

from returns_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
