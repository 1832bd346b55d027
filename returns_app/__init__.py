"""Returns Desk: the desktop returns station for EU web shops."""

# The one place the version is written; pyproject.toml reads it (dynamic version), and a
# bundle without package metadata still knows it.
__version__ = "0.1.0"
