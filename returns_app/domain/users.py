"""Roles and what each may do; the services check these, not only the UI."""

from __future__ import annotations

from dataclasses import dataclass

ROLES = ("clerk", "supervisor", "admin")

# Each permission lists the roles that hold it.
PERMISSIONS: dict[str, frozenset[str]] = {
    "register_return": frozenset(ROLES),
    "receive": frozenset(ROLES),
    "inspect": frozenset(ROLES),
    "propose_refund": frozenset(ROLES),
    "issue_refund": frozenset(ROLES),
    "approve_refund": frozenset({"supervisor", "admin"}),
    "override": frozenset({"supervisor", "admin"}),
    "approve_deduction": frozenset({"supervisor", "admin"}),
    "adjust_stock": frozenset({"supervisor", "admin"}),
    "close_return": frozenset(ROLES),
    "reject_return": frozenset({"supervisor", "admin"}),
    "manage_users": frozenset({"admin"}),
    "manage_settings": frozenset({"admin"}),
    "import": frozenset({"supervisor", "admin"}),
    "export": frozenset({"supervisor", "admin"}),
}


@dataclass(frozen=True)
class Actor:
    """Who is acting, and at which station: every service call carries one."""

    user_id: int | None
    username: str
    role: str
    station: str = ""

    def may(self, permission: str) -> bool:
        """Tell whether this actor's role holds ``permission``."""
        return self.role in PERMISSIONS[permission]


SYSTEM = Actor(user_id=None, username="system", role="admin", station="")
