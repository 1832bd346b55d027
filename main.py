"""Thin shim: ``python main.py`` is the same as the ``returns-app`` command."""

import sys

from ui.launch import main

if __name__ == "__main__":
    sys.exit(main())
