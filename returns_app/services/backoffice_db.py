"""Choosing a database from Settings: build its URL and probe it without changing anything."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.engine import URL

from returns_app.persistence.database import make_engine, safe_url
from returns_app.persistence.migrate import schema_status
from returns_app.persistence.models import Order, Return


def sqlite_url(path: str) -> str:
    """The URL of a local SQLite file (empty path: the default file, see ``resolve_url``)."""
    return f"sqlite:///{path}" if path.strip() else ""


def postgres_url(
    host: str,
    port: int,
    database: str,
    user: str,
    *,
    password: str | None = None,
    passfile: str | None = None,
) -> str:
    """The URL of a PostgreSQL database. Without ``password`` the driver reads the password
    from the PostgreSQL passfile (``passfile``, else ``$PGPASSFILE`` or ``~/.pgpass``)."""
    url = URL.create(
        "postgresql+psycopg",
        username=user.strip() or None,
        password=password or None,
        host=host.strip() or None,
        port=port or None,
        database=database.strip() or None,
        query={"passfile": passfile} if passfile else {},
    )
    return url.render_as_string(hide_password=False)


@dataclass(frozen=True)
class DatabaseProbe:
    """What "Test connection" found.

    ``state`` is ``empty`` (will be set up when chosen), ``current``, ``behind`` (needs
    ``returns-app db upgrade``; a local file is upgraded when chosen), ``ahead`` (a newer app
    made it) or ``foreign`` (tables of something else).
    """

    display_url: str
    kind: str
    state: str
    current: str | None
    head: str
    orders: int | None
    returns: int | None

    @property
    def usable(self) -> bool:
        """Tell whether this app can open the database (perhaps after setting it up)."""
        if self.state in ("empty", "current"):
            return True
        return self.state == "behind" and self.kind == "local"


def probe_database(url: str) -> DatabaseProbe:
    """Connect once and report the schema and row counts; raises ``DatabaseError`` with a
    message a person can act on when the database cannot be reached."""
    engine = make_engine(url)
    try:
        status = schema_status(engine)
        orders = returns = None
        if status.state == "current":
            with engine.connect() as conn:
                orders = conn.scalar(select(func.count()).select_from(Order)) or 0
                returns = conn.scalar(select(func.count()).select_from(Return)) or 0
        kind = "local" if engine.dialect.name == "sqlite" else "shared"
        return DatabaseProbe(
            safe_url(engine.url), kind, status.state, status.current, status.head, orders, returns
        )
    finally:
        engine.dispose()
