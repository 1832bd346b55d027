"""The bundle's entry point: the same as the ``returns-desk`` / ``returns-app`` commands."""

import multiprocessing
import sys

from ui.launch import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen app on Windows must say so before anything
    sys.exit(main())
