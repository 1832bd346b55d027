"""The Qt user interface (the only place PySide6 is imported).

The app's entry point is :func:`ui.launch.main`; :mod:`ui.app` is its composition root.
"""
