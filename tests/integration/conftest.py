"""PostgreSQL roles for the integration tests: the stations' role, made and always dropped.

Roles belong to the whole server, not to one test's schema: each test makes roles with a
unique name and drops them afterwards, whatever happens, so runs never collide.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy.engine import make_url

from returns_app.persistence import pg_roles
from returns_app.persistence.database import make_engine


def url_as(url: str, role: str) -> str:
    """``url`` (with its schema) connecting as ``role`` (trust authentication in the tests)."""
    return make_url(url).set(username=role, password=None).render_as_string(hide_password=False)


@pytest.fixture
def make_role(pg_url: str) -> Iterator[Callable[..., str]]:
    """Factory: ``make_role(grant=True, sql=None)`` returns a new role's name.

    With ``grant`` the role is made by ``grant-app-role``'s own code (LOGIN, the stations'
    rights on ``pg_url``'s schema); otherwise by ``sql`` (``{role}`` filled in) as the owner.
    """
    made: list[str] = []
    owner = make_engine(pg_url)

    def make(*, grant: bool = True, sql: str = "CREATE ROLE {role} LOGIN") -> str:
        role = f"rt_app_{uuid.uuid4().hex[:12]}"
        made.append(role)
        if grant:
            pg_roles.grant_app_role(owner, role, login=True)
        else:
            with owner.begin() as conn:
                conn.exec_driver_sql(sql.format(role=role))
        return role

    try:
        yield make
    finally:
        with owner.begin() as conn:
            for role in made:
                exists = conn.exec_driver_sql(
                    f"SELECT 1 FROM pg_roles WHERE rolname = '{role}'"
                ).scalar()
                if exists:
                    conn.exec_driver_sql(f"DROP OWNED BY {role}")
                    conn.exec_driver_sql(f"DROP ROLE {role}")
        owner.dispose()


@pytest.fixture
def as_role() -> Callable[[str, str], str]:
    """``as_role(url, role)``: ``url`` connecting as ``role`` instead."""
    return url_as


@pytest.fixture
def app_role(make_role) -> str:
    """The stations' role on ``pg_url``'s schema, made by ``grant-app-role``."""
    return make_role()
