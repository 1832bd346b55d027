"""PostgreSQL roles: the stations connect as a role that owns nothing and cannot rewrite the log.

Migrations run as the owner of the schema's tables (``returns-app db upgrade`` with the
owner's URL). The stations' role, made by ``returns-app db grant-app-role ROLE`` run as that
owner, gets:

- USAGE on the schema, nothing more (no CREATE: no tables, no triggers of its own);
- SELECT, INSERT, UPDATE, DELETE on the business tables and USAGE, SELECT on their sequences;
- only SELECT and INSERT on ``audit_log`` (no UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER);
- only SELECT on ``alembic_version`` (the app reads the schema version, never writes it);
- only SELECT on ``processing_hours``, the log's summary that its trigger keeps as the owner.

Not owning the tables, it can neither drop nor disable the log's triggers nor ALTER anything.
A later migration's new tables are granted by ``db upgrade`` itself: after migrating it grants
again to every role that holds INSERT on the log (:func:`regrant_app_roles`), so there are no
default privileges that would hand UPDATE on some future append-only table to the stations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text

from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.database import DatabaseError
from returns_app.persistence.models import Base

AUDIT_TABLE = "audit_log"
BUSINESS = frozenset({"SELECT", "INSERT", "UPDATE", "DELETE"})
ALLOWED = {
    AUDIT_TABLE: frozenset({"SELECT", "INSERT"}),
    "alembic_version": frozenset({"SELECT"}),
    # Kept from the log by its trigger, which runs as the owner (persistence.processing_hours).
    "processing_hours": frozenset({"SELECT"}),
}
CHECKED = ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER")
# Column-level grants count too: has_any_column_privilege sees them, has_table_privilege not.
_COLUMN_LEVEL = frozenset({"SELECT", "INSERT", "UPDATE", "REFERENCES"})
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")
_AUDIT_OID = "to_regclass(quote_ident(current_schema()) || '.audit_log')"


@dataclass(frozen=True)
class GrantResult:
    """What ``grant-app-role`` did."""

    role: str
    schema: str
    created: bool
    tables: int
    public_create_revoked: bool


def _db_error(text_: str, **params: object) -> DatabaseError:
    return DatabaseError(Message("database", text_, params))


def app_tables(conn: Connection) -> dict[str, frozenset[str]]:
    """The app's tables present in the current schema, each with the rights its role gets."""
    known = set(Base.metadata.tables) | {"alembic_version"}
    present = conn.scalars(
        text(
            "SELECT c.relname FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace"
            " AND c.relkind IN ('r', 'p')"
        )
    )
    return {name: ALLOWED.get(name, BUSINESS) for name in sorted(set(present) & known)}


def _sequences(conn: Connection, tables: set[str]) -> list[str]:
    """The sequences that number the given tables' columns (serial or identity)."""
    rows = conn.execute(
        text(
            "SELECT s.relname, t.relname FROM pg_class s"
            " JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass"
            "  AND d.deptype IN ('a', 'i')"
            " JOIN pg_class t ON t.oid = d.refobjid"
            " WHERE s.relkind = 'S' AND s.relnamespace = current_schema()::regnamespace"
        )
    )
    return sorted({seq for seq, table in rows if table in tables})


def _quote(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote_identifier(name)


def apply_grants(conn: Connection, role: str) -> int:
    """Take every right ``role`` has on the app's tables away, then grant what it should have.

    Returns the number of tables granted. Runs in the caller's transaction.
    """
    schema, r = _quote(conn, current_schema(conn)), _quote(conn, role)
    tables = app_tables(conn)
    conn.exec_driver_sql(f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {r}")
    conn.exec_driver_sql(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {r}")
    conn.exec_driver_sql(f"REVOKE ALL ON SCHEMA {schema} FROM {r}")
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {schema} TO {r}")
    for table, rights in tables.items():
        granted = ", ".join(p for p in CHECKED if p in rights)
        conn.exec_driver_sql(f"GRANT {granted} ON TABLE {schema}.{_quote(conn, table)} TO {r}")
    for seq in _sequences(conn, set(tables)):
        # USAGE for nextval; no UPDATE, so no setval that could hand out an id twice.
        conn.exec_driver_sql(f"GRANT USAGE, SELECT ON SEQUENCE {schema}.{_quote(conn, seq)} TO {r}")
    return len(tables)


def current_schema(conn: Connection) -> str:
    """The schema the app's tables live in (the first of the URL's search_path)."""
    schema = conn.scalar(text("SELECT current_schema()"))
    if schema is None:
        raise _db_error(
            QT_TRANSLATE_NOOP(
                "database",
                "The database URL's search_path names no schema that exists. "
                "Correct the URL or create the schema.",
            )
        )
    return schema


def app_roles(conn: Connection) -> list[str]:
    """The roles that may insert into the audit log, other than its owner: the stations'."""
    return list(
        conn.scalars(
            text(
                "SELECT DISTINCT r.rolname FROM pg_class c"
                " CROSS JOIN LATERAL aclexplode(c.relacl) a"
                " JOIN pg_roles r ON r.oid = a.grantee"
                f" WHERE c.oid = {_AUDIT_OID} AND a.privilege_type = 'INSERT'"
                " AND a.grantee <> c.relowner ORDER BY 1"
            )
        )
    )


def regrant_app_roles(conn: Connection) -> list[str]:
    """Grant the stations' roles their rights again (new tables after a migration)."""
    if conn.scalar(text(f"SELECT {_AUDIT_OID}")) is None:
        return []
    roles = app_roles(conn)
    for role in roles:
        apply_grants(conn, role)
    return roles


def grant_app_role(
    engine: Engine, role: str, *, login: bool = False, password: str | None = None
) -> GrantResult:
    """Create ``role`` if missing (NOLOGIN unless ``login``) and give it the stations' rights.

    Run as the owner of the tables. Refuses a role that is a superuser, may create roles,
    owns anything in the database or may act as the owner: any of those could rewrite the
    log. Everything happens in one transaction; if the role would still hold a right it must
    not have (checked with :func:`role_problems`), nothing is kept.
    """
    if engine.dialect.name != "postgresql":
        raise _db_error(
            QT_TRANSLATE_NOOP(
                "database",
                "Database roles exist on PostgreSQL only. A SQLite file's audit log is "
                "checked with 'returns-app db verify'.",
            )
        )
    if not _NAME.fullmatch(role) or role.lower().startswith("pg_"):
        raise _db_error(
            QT_TRANSLATE_NOOP(
                "database",
                "'{role}' cannot be a role name. Use letters, digits and _ (at most 63, "
                "not starting with pg_).",
            ),
            role=role,
        )
    with engine.begin() as conn:
        schema = current_schema(conn)
        if conn.scalar(text(f"SELECT {_AUDIT_OID}")) is None:
            raise _db_error(
                QT_TRANSLATE_NOOP(
                    "database",
                    "Schema {schema} has no Returns Desk tables yet. Run 'returns-app db "
                    "upgrade' as the database owner first.",
                ),
                schema=schema,
            )
        created = _create_or_check(conn, role, login=login, password=password)
        public_create = bool(
            conn.scalar(text("SELECT has_schema_privilege('public', current_schema(), 'CREATE')"))
        )
        if public_create:
            # Everyone may create tables here (PostgreSQL before 15 gives that on 'public'):
            # the stations' role would too.
            conn.exec_driver_sql(f"REVOKE CREATE ON SCHEMA {_quote(conn, schema)} FROM PUBLIC")
        tables = apply_grants(conn, role)
        problems = role_problems(conn, role)
        if problems:
            raise DatabaseError(problems[0])
    return GrantResult(role, schema, created, tables, public_create)


def _create_or_check(conn: Connection, role: str, *, login: bool, password: str | None) -> bool:
    """Create the role, or make sure an existing one may serve the stations; True if created."""
    r = _quote(conn, role)
    if conn.scalar(text("SELECT current_user")) == role:
        raise _db_error(
            QT_TRANSLATE_NOOP(
                "database",
                "{role} is the role you are connected as. The stations need a role of their "
                "own: name another one.",
            ),
            role=role,
        )
    exists = conn.scalar(text("SELECT count(*) FROM pg_roles WHERE rolname = :r"), {"r": role})
    if exists and _powerful(conn, role):
        raise _db_error(
            QT_TRANSLATE_NOOP(
                "database",
                "Database role {role} is a superuser, may create roles, owns something in "
                "this database or may act as its owner, so it could rewrite the audit log. "
                "Name a new role for the stations.",
            ),
            role=role,
        )
    if login:
        secret = ""
        if password:
            raw = conn.connection.driver_connection
            # Hashed here (SCRAM, as the server's password_encryption says), so the clear
            # password never reaches the server's statement log.
            secret = raw.pgconn.encrypt_password(password.encode(), role.encode()).decode()
        clause = "LOGIN" + (f" PASSWORD '{secret}'" if secret else "")
    else:
        clause = "NOLOGIN"
    if exists:
        if login:
            conn.exec_driver_sql(f"ALTER ROLE {r} {clause}")
        return False
    conn.exec_driver_sql(
        f"CREATE ROLE {r} {clause} NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"
    )
    return True


def _powerful(conn: Connection, role: str) -> bool:
    """Whether ``role`` could change the log: superuser, role maker, owner or owner's member."""
    return bool(
        conn.scalar(
            text(
                "SELECT r.rolsuper OR r.rolcreaterole OR r.rolbypassrls"
                " OR EXISTS (SELECT 1 FROM pg_class c WHERE pg_has_role(r.oid, c.relowner, "
                "'MEMBER') AND c.relnamespace = current_schema()::regnamespace)"
                " OR pg_has_role(r.oid, (SELECT nspowner FROM pg_namespace"
                "   WHERE oid = current_schema()::regnamespace), 'MEMBER')"
                " OR pg_has_role(r.oid, (SELECT datdba FROM pg_database"
                "   WHERE datname = current_database()), 'MEMBER')"
                " OR EXISTS (SELECT 1 FROM pg_class c WHERE c.relowner = r.oid)"
                " OR EXISTS (SELECT 1 FROM pg_namespace n WHERE n.nspowner = r.oid)"
                " OR EXISTS (SELECT 1 FROM pg_proc p WHERE p.proowner = r.oid)"
                " FROM pg_roles r WHERE r.rolname = :r"
            ),
            {"r": role},
        )
    )


def role_problems(conn: Connection, role: str) -> list[Message]:
    """What ``role`` may do that the stations' role must not, as messages (empty: nothing)."""
    if not conn.scalar(text("SELECT count(*) FROM pg_roles WHERE rolname = :r"), {"r": role}):
        return [
            Message(
                "database",
                QT_TRANSLATE_NOOP("database", "Database role {role} does not exist."),
                {"role": role},
            )
        ]
    if _powerful(conn, role):
        return [
            Message(
                "database",
                QT_TRANSLATE_NOOP(
                    "database",
                    "Database role {role} is a superuser, may create roles, owns something in "
                    "this database or may act as its owner, so it can rewrite the audit log. "
                    "Let the stations connect as a role made with 'returns-app db "
                    "grant-app-role'.",
                ),
                {"role": role},
            )
        ]
    problems = []
    if conn.scalar(
        text("SELECT has_schema_privilege(:r, current_schema(), 'CREATE')"), {"r": role}
    ):
        problems.append(
            Message(
                "database",
                QT_TRANSLATE_NOOP(
                    "database",
                    "Database role {role} may create tables and triggers in schema {schema}. "
                    "Run 'returns-app db grant-app-role {role}' as the database owner.",
                ),
                {"role": role, "schema": current_schema(conn)},
            )
        )
    held = _rights(conn, role)
    for table, allowed in app_tables(conn).items():
        extra = [p for p in CHECKED if p not in allowed and (table, p) in held]
        if extra:
            problems.append(
                Message(
                    "database",
                    QT_TRANSLATE_NOOP(
                        "database",
                        "Database role {role} has {rights} on table {table}, which the "
                        "stations must not have. Run 'returns-app db grant-app-role {role}' "
                        "as the database owner.",
                    ),
                    {"role": role, "rights": ", ".join(extra), "table": table},
                )
            )
    return problems


def _rights(conn: Connection, role: str) -> set[tuple[str, str]]:
    """(table, right) for every right ``role`` holds on the app's tables, however it got it
    (directly, through PUBLIC or a role it belongs to, on the table or on one column)."""
    rows = conn.execute(
        text(
            "SELECT t.name, p.name FROM unnest(CAST(:tables AS text[])) AS t(name)"
            " CROSS JOIN unnest(CAST(:rights AS text[])) AS p(name)"
            " WHERE CASE WHEN p.name = ANY(CAST(:column_level AS text[]))"
            "  THEN has_any_column_privilege(:r, quote_ident(current_schema()) || '.'"
            "   || quote_ident(t.name), p.name)"
            "  ELSE has_table_privilege(:r, quote_ident(current_schema()) || '.'"
            "   || quote_ident(t.name), p.name) END"
        ),
        {
            "tables": list(app_tables(conn)),
            "rights": list(CHECKED),
            "column_level": sorted(_COLUMN_LEVEL),
            "r": role,
        },
    )
    return {(table, right) for table, right in rows}
