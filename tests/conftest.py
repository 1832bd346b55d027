"""Fixtures every ring shares: fresh databases (a SQLite file, or a PostgreSQL schema)."""

from __future__ import annotations

import gc
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from returns_app.persistence import migrate
from returns_app.persistence.database import make_engine
from returns_app.services.runtime import Backend

PG_ENV = "RETURNS_TEST_DATABASE_URL"
PG_SKIP = f"{PG_ENV} is not set: no PostgreSQL to test against (.ci/run sets it)"

# No test may depend on the day it runs. `make test` proves it by running the suite's
# date-sensitive tests a second time with the real clock moved this many days ahead.
CLOCK_SHIFT_ENV = "RETURNS_TEST_CLOCK_SHIFT_DAYS"
_traveller = None


def pytest_configure(config: pytest.Config) -> None:
    """Hash passwords cheaply; move the whole process's clock when the check asks for it."""
    global _traveller
    # argon2id at production strength costs ~0.15 s a hash, and the `actors` fixture alone
    # hashes three passwords in hundreds of tests: the run hashes with argon2id's cheapest
    # parameters instead. tests/integration/services/test_signin_guard.py checks the
    # production parameters, and measures time with a costlier hasher of its own.
    from argon2 import PasswordHasher, profiles

    from returns_app.services import passwords

    passwords.use_hasher(PasswordHasher.from_parameters(profiles.CHEAPEST))
    # Never touch the real keyring of the machine that runs the tests.
    from returns_app.services import secrets

    secrets.use_store(secrets.memory_store())
    days = int(os.environ.get(CLOCK_SHIFT_ENV) or 0)
    if days:
        from datetime import UTC as _UTC
        from datetime import datetime as _dt
        from datetime import timedelta as _td

        import time_machine

        _traveller = time_machine.travel(_dt.now(_UTC) + _td(days=days), tick=True)
        _traveller.start()
        # PostgreSQL's clock cannot be moved with the process's: the shifted run takes
        # every moment from the (moved) station clock instead of the server's.
        from returns_app.services import clock

        clock.use_station_clock()


def pytest_unconfigure(config: pytest.Config) -> None:
    if _traveller is not None:
        _traveller.stop()


# Fixtures that build data with dates or show screens with deadlines: a test using one of
# them is date-sensitive and runs again in the year-ahead check (`-m clock`).
_DATED_FIXTURES = {"make_order", "app_context", "clerk_context", "desk", "clerk_desk"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if _DATED_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.clock)


def pytest_collection_finish(session: pytest.Session) -> None:
    """Every module, test module and fixture is loaded: the collector need not look at them
    again (a full collection of a test worker walked over a million objects each time)."""
    gc.collect()
    gc.freeze()


_module_seen: list[object] = [None]


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Before the first test of each module: the garbage of the modules before collected,
    and what they left alive set aside likewise (the collector's time was a seventh of the
    suite's). Here rather than after the last test: by now its fixtures are let go of."""
    module = getattr(item, "module", None)
    if module is not _module_seen[0]:
        _module_seen[0] = module
        gc.collect()
        gc.freeze()


def pytest_report_header(config: pytest.Config) -> str:
    from datetime import UTC as _UTC
    from datetime import datetime as _dt

    return f"test clock: {_dt.now(_UTC):%Y-%m-%d %H:%M} UTC"


def pg_base_url() -> str | None:
    """The PostgreSQL URL the tests may use, or None."""
    return os.environ.get(PG_ENV) or None


@pytest.fixture(autouse=True)
def _fresh_secrets():
    """Each test starts with an empty in-memory keyring: a secret one test saves (Paytrail's
    credentials) never leaks into the next."""
    from returns_app.services import secrets

    secrets.use_store(secrets.memory_store())
    yield


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    engine.dispose()
    return path


@pytest.fixture
def sqlite_url(tmp_path: Path, _sqlite_template: Path) -> str:
    """A migrated SQLite file of this test's own."""
    path = tmp_path / "returns.sqlite3"
    shutil.copyfile(_sqlite_template, path)
    return f"sqlite:///{path}"


def _pg_admin_conninfo(url: str) -> str:
    from sqlalchemy.engine import make_url

    u = make_url(url)
    parts = [
        f"host={u.host or '127.0.0.1'}",
        f"port={u.port or 5432}",
        f"user={u.username or 'postgres'}",
        f"dbname={u.database or 'postgres'}",
    ]
    if u.password:
        parts.append(f"password={u.password}")
    return " ".join(parts)


@pytest.fixture
def pg_schema_url() -> Iterator[str]:
    """A URL on a PostgreSQL schema of this test's own (empty; dropped afterwards)."""
    base = pg_base_url()
    if base is None:
        pytest.skip(PG_SKIP)
    import psycopg

    schema = f"rt_{uuid.uuid4().hex[:12]}"
    admin = _pg_admin_conninfo(base)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    yield _schema_url(base, schema)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


TEMPLATE_TOKEN = f"rt_tmpl_{uuid.uuid4().hex[:12]}"


def _pg_dump_args(url: str) -> tuple[list[str], dict[str, str]] | None:
    from sqlalchemy.engine import make_url

    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        return None
    u = make_url(url)
    env = dict(os.environ)
    if u.password:
        env["PGPASSWORD"] = u.password
    args = [
        pg_dump,
        "-h", u.host or "127.0.0.1",
        "-p", str(u.port or 5432),
        "-U", u.username or "postgres",
        "-d", u.database or "postgres",
        "-n", TEMPLATE_TOKEN,
        "--no-owner", "--no-privileges", "--inserts",
    ]  # fmt: skip
    return args, env


@pytest.fixture(scope="session")
def _pg_template_sql() -> str | None:
    """The migrated schema once, as SQL (``pg_dump``) that makes a copy under another name.

    Running the twelve migrations for each of ~900 PostgreSQL tests cost most of the suite's
    time; a copy of the migrated schema is the same database, made ten times faster. Without
    ``pg_dump`` (or if it fails) each test migrates its schema as before.
    """
    import subprocess

    import psycopg

    base = pg_base_url()
    if base is None:
        return None
    found = _pg_dump_args(base)
    if found is None:
        return None
    args, env = found
    admin = _pg_admin_conninfo(base)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{TEMPLATE_TOKEN}"')
    try:
        engine = make_engine(_schema_url(base, TEMPLATE_TOKEN))
        migrate.upgrade(engine)
        engine.dispose()
        done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{TEMPLATE_TOKEN}" CASCADE')
    if done.returncode != 0:
        return None
    # psql's meta-commands (\restrict) and the schema itself (the test's exists already) go.
    lines = [
        line
        for line in done.stdout.splitlines()
        if not line.startswith("\\") and line.strip() != f"CREATE SCHEMA {TEMPLATE_TOKEN};"
    ]
    return "\n".join(lines)


def _schema_url(base: str, schema: str) -> str:
    """A URL on ``schema`` of the test server. Its commits do not wait for the server's disk
    (``synchronous_commit``): nothing a test checks survives a crash of the server itself,
    and a slow disk made every commit of ~900 tests wait for it."""
    sep = "&" if "?" in base else "?"
    options = f"-csynchronous_commit=off -csearch_path={schema}"
    return f"{base}{sep}options={quote(options)}"


# What a schema's definition is made of: a test that changes any of it (an object added or
# dropped, grants to station roles, a trigger disabled, a table, index, constraint or default
# altered, an owner changed, a migration run down) has its schema dropped, not used again.
# Read through pg_depend and the relations the schema was made with (a look-up by namespace
# scans pg_class, which thousands of schemas made and dropped leave large).
_DEFINITION = """
SELECT md5(string_agg(item, '|' ORDER BY item)) FROM (
    SELECT concat_ws(',', 'n', nspowner, nspacl) AS item FROM pg_namespace WHERE oid = %(ns)s::oid
    UNION ALL  -- every object made in the schema (a table, view, sequence, type, function)
    SELECT concat_ws(',', 'o', classid, objid) FROM pg_depend
    WHERE refclassid = 'pg_namespace'::regclass AND refobjid = %(ns)s::oid
    UNION ALL
    SELECT concat_ws(',', 'c', oid, relname, relkind, relowner, relnatts, relchecks, relacl,
                     reloptions, relrowsecurity, relpersistence)
    FROM pg_class WHERE oid = ANY(%(rels)s::oid[])
    UNION ALL
    SELECT concat_ws(',', 'i', indexrelid, indrelid, indkey, indclass, indisunique,
                     indisvalid, md5(indexprs::text), md5(indpred::text))
    FROM pg_index WHERE indrelid = ANY(%(rels)s::oid[])
    UNION ALL
    SELECT concat_ws(',', 'k', conrelid, conname, contype, convalidated, conkey, confrelid,
                     confkey, confdeltype, md5(conbin::text))
    FROM pg_constraint WHERE conrelid = ANY(%(rels)s::oid[])
    UNION ALL
    SELECT concat_ws(',', 'e', adrelid, adnum, md5(adbin::text))
    FROM pg_attrdef WHERE adrelid = ANY(%(rels)s::oid[])
    UNION ALL
    SELECT concat_ws(',', 't', tgrelid, tgname, tgenabled, tgfoid)
    FROM pg_trigger WHERE tgrelid = ANY(%(rels)s::oid[])
    UNION ALL
    SELECT concat_ws(',', 'a', attrelid, attname, atttypid, attnotnull, atthasdef,
                     attgenerated, attisdropped, attacl)
    FROM pg_attribute WHERE attrelid = ANY(%(rels)s::oid[]) AND attnum > 0
    UNION ALL
    SELECT concat_ws(',', 'r', polrelid, polname, polcmd, polpermissive, polroles)
    FROM pg_policy WHERE polrelid = ANY(%(rels)s::oid[])
    UNION ALL
    SELECT concat_ws(',', 'p', oid, proname, proowner, proacl, prosecdef, proconfig,
                     md5(prosrc))
    FROM pg_proc WHERE pronamespace = %(ns)s::oid
    UNION ALL
    SELECT concat_ws(',', 'd', defaclrole, defaclobjtype, defaclacl)
    FROM pg_default_acl WHERE defaclnamespace = %(ns)s::oid
) AS parts
"""


class _PgSchemas:
    """Migrated PostgreSQL schemas for the tests of one worker: a copy of the template the
    first time, then the same schemas again, emptied back to what the migrations leave.

    Making a schema (forty tables, their indexes, triggers and functions) cost each of ~900
    tests 0.15 s; putting one back (its rows deleted, the migrations' own rows and every
    sequence as the template had them) costs a few milliseconds. A schema whose definition
    the test changed, or whose rows cannot be deleted within a few seconds (a session of the
    test still holding them), is dropped instead, and the next test gets a fresh copy.
    """

    def __init__(self, base: str, template_sql: str) -> None:
        self.base = base
        self.admin = _pg_admin_conninfo(base)
        self.template_sql = template_sql
        lines = template_sql.splitlines()
        prefix = f"CREATE TABLE {TEMPLATE_TOKEN}."
        self.tables = [
            line[len(prefix) :].split()[0].strip('"') for line in lines if line.startswith(prefix)
        ]
        restore = [
            line for line in lines if line.startswith(("INSERT INTO ", "SELECT pg_catalog.setval("))
        ]
        # pg_dump --inserts writes a row a line; a statement over several lines (a value with
        # a line break) would be cut here, so such a template is never used to put back.
        self.reusable = bool(self.tables) and all(line.endswith(");") for line in restore)
        self.restore_sql = "\n".join(restore)
        self.free: list[str] = []
        self.made: dict[str, tuple[dict, str]] = {}  # schema: its relations, its definition
        self.conn = None

    def _admin(self):
        """The pool's own connection to the server (made again if it was lost)."""
        import psycopg

        if self.conn is None or self.conn.closed:
            self.conn = psycopg.connect(self.admin, autocommit=True)
            self.conn.execute("SET synchronous_commit = off")
            # The catalogs of a test server that made thousands of schemas are large and their
            # statistics stale: the planner would scan pg_trigger whole for one schema's rows.
            self.conn.execute("SET enable_seqscan = off")
        return self.conn

    def take(self) -> str:
        if self.free:
            return self.free.pop()
        schema = f"rt_{uuid.uuid4().hex[:12]}"
        conn = self._admin()
        conn.execute(f'CREATE SCHEMA "{schema}"')
        conn.execute(self.template_sql.replace(TEMPLATE_TOKEN, schema))
        ns = conn.execute("SELECT oid FROM pg_namespace WHERE nspname = %s", (schema,)).fetchone()
        rels = [r[0] for r in conn.execute("SELECT oid FROM pg_class WHERE relnamespace = %s", ns)]
        where = {"ns": ns[0], "rels": rels}
        self.made[schema] = (where, self._definition(conn, where))
        return schema

    def give_back(self, schema: str) -> None:
        import psycopg

        conn = self._admin()
        where, definition = self.made[schema]
        if self.reusable and self._definition(conn, where) == definition:
            try:
                with conn.transaction():
                    conn.execute("SET LOCAL lock_timeout = '3s'")
                    conn.execute("SET LOCAL session_replication_role = replica")
                    conn.execute(
                        "".join(f'DELETE FROM "{schema}"."{t}";' for t in self.tables)
                        + self.restore_sql.replace(TEMPLATE_TOKEN, f'"{schema}"')
                    )
            except psycopg.errors.LockNotAvailable:
                pass
            else:
                self.free.append(schema)
                return
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        del self.made[schema]

    @staticmethod
    def _definition(conn, where: dict) -> str:
        return conn.execute(_DEFINITION, where).fetchone()[0]

    def close(self) -> None:
        conn = self._admin()
        for schema in sorted(self.made):
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        conn.close()


@pytest.fixture(scope="session")
def _pg_schemas(_pg_template_sql: str | None) -> Iterator[_PgSchemas | None]:
    base = pg_base_url()
    if base is None or _pg_template_sql is None:
        yield None
        return
    schemas = _PgSchemas(base, _pg_template_sql)
    yield schemas
    schemas.close()


@pytest.fixture
def pg_url(_pg_schemas: _PgSchemas | None) -> Iterator[str]:
    """A migrated PostgreSQL schema of this test's own (a copy of the migrated template, or
    one an earlier test used, emptied back to it)."""
    base = pg_base_url()
    if base is None:
        pytest.skip(PG_SKIP)
    if _pg_schemas is None:  # no pg_dump: an empty schema, migrated
        import psycopg

        schema = f"rt_{uuid.uuid4().hex[:12]}"
        admin = _pg_admin_conninfo(base)
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{schema}"')
        url = _schema_url(base, schema)
        engine = make_engine(url)
        migrate.upgrade(engine)
        engine.dispose()
        yield url
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        return
    schema = _pg_schemas.take()
    yield _schema_url(base, schema)
    _pg_schemas.give_back(schema)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """A migrated database of this test's own: once on SQLite, once on PostgreSQL."""
    name = "sqlite_url" if request.param == "sqlite" else "pg_url"
    return request.getfixturevalue(name)


@pytest.fixture
def backend(db_url: str) -> Iterator[Backend]:
    """An open :class:`Backend` on a fresh database (SQLite and PostgreSQL)."""
    engine = make_engine(db_url)
    yield Backend(engine, db_url)
    engine.dispose()


@pytest.fixture
def sqlite_backend(sqlite_url: str) -> Iterator[Backend]:
    """An open :class:`Backend` on a fresh SQLite file only (fast, for UI tests)."""
    engine = make_engine(sqlite_url)
    yield Backend(engine, sqlite_url)
    engine.dispose()


# --- Factories ----------------------------------------------------------------------------

from dataclasses import dataclass  # noqa: E402
from datetime import UTC, date, datetime  # noqa: E402
from decimal import Decimal  # noqa: E402

from returns_app.domain.users import Actor  # noqa: E402


@dataclass(frozen=True)
class Actors:
    """One signed-in user of each role (station names differ, like real desks)."""

    clerk: Actor
    supervisor: Actor
    admin: Actor


def make_actors(backend) -> Actors:
    """Add an admin (the database's first user), a supervisor and a clerk to ``backend``."""
    from returns_app.services import users

    made = {}
    for i, role in enumerate(("admin", "supervisor", "clerk")):
        dto = users.add_user(
            backend.uow(),
            f"{role}1",
            "secret-password",
            role,
            actor=made.get("admin") or Actor(None, "setup", "admin"),
        )
        made[role] = Actor(dto.id, dto.username, role, f"DESK-{i + 1}")
    return Actors(made["clerk"], made["supervisor"], made["admin"])


@pytest.fixture
def actors(backend) -> Actors:
    """Users of every role in the test database."""
    return make_actors(backend)


@pytest.fixture
def sqlite_actors(sqlite_backend) -> Actors:
    """Users of every role in the SQLite-only test database (``sqlite_backend``)."""
    return make_actors(sqlite_backend)


def _s10(n: int) -> str:
    from returns_app.scanning.checkdigits import s10_check_digit

    digits = f"{n % 10**8:08d}"
    return f"JJ{digits}{s10_check_digit(digits)}FI"


@pytest.fixture
def make_order(backend, actors):
    """Factory: ``make_order(**overrides)`` saves an order and returns its :class:`OrderDTO`.

    The default is DOMAIN.md's example E: 2 shirts at 39.90 (VAT 25.5 %), a book at 24.90
    (VAT 14 %), standard delivery 5.90, delivered on ``delivered`` (default 2026-11-10).
    """
    from returns_app.persistence.models import Product
    from returns_app.services import orders, queries

    counter = iter(range(100001, 200000))
    with backend.uow() as uow:
        for sku, gtin, name, price, vat in (
            ("SHIRT-M", "06417084000019", "Paita M", "39.90", "25.5"),
            ("BOOK-1", "00012345678905", "Kirja", "24.90", "14"),
        ):
            uow.session.add(
                Product(
                    sku=sku, gtin=gtin, name=name, unit_price=Decimal(price), vat_rate=Decimal(vat)
                )
            )
        uow.commit()

    def make(**overrides) -> object:
        number = overrides.pop("order_number", str(next(counter)))
        delivered = overrides.pop("delivered", date(2026, 11, 10))
        lines = overrides.pop("lines", None) or (
            orders.LineInput(
                "SHIRT-M", "Paita M", 2, Decimal("39.90"), Decimal("25.5"), gtin="06417084000019"
            ),
            orders.LineInput(
                "BOOK-1", "Kirja", 1, Decimal("24.90"), Decimal("14"), gtin="00012345678905"
            ),
        )
        customer = overrides.pop("customer", None) or orders.CustomerInput(
            "Aino Laine",
            "aino.laine@example.fi",
            "+358401234567",
            "Koulukatu 1",
            "00100",
            "Helsinki",
        )
        data = orders.OrderInput(
            order_number=number,
            customer=customer,
            lines=tuple(lines),
            ordered_at=overrides.pop("ordered_at", datetime(2026, 11, 5, 9, 0, tzinfo=UTC)),
            shipments=overrides.pop("shipments", None)
            or (orders.ShipmentInput(_s10(int(number)), "posti", delivered),),
            delivery_method="Posti",
            delivery_price=Decimal("5.90"),
            payment_reference=f"PAY-{number}",
            **overrides,
        )
        result = orders.save_order(backend.uow(), data, actors.admin)
        return queries.get_order(backend.uow(readonly=True), result.order_id)

    return make
