"""The Qt user interface (the only place PySide6 is imported)."""

# Cold start: once loaded, PySide6 reads the source of every module imported after it
# (``inspect.getsource``, looking for its ``__feature__`` switches), which cost ~0.1 s of CPU
# for SQLAlchemy, the models and the services. Imported before any Qt module, they are not
# read one by one (measured with bench/bench_desk.py; see bench/README.md).
import returns_app.cli  # noqa: F401
import returns_app.services.users  # noqa: F401
