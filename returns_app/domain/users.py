"""Roles and what each may do; the services check these, not only the UI."""

from __future__ import annotations

from dataclasses import dataclass

from returns_app.i18n import QT_TRANSLATE_NOOP

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
    "reopen_return": frozenset({"supervisor", "admin"}),
    "add_note": frozenset(ROLES),
    "print_documents": frozenset(ROLES),
    "manage_users": frozenset({"admin"}),
    "manage_settings": frozenset({"admin"}),
    "import": frozenset({"supervisor", "admin"}),
    "export": frozenset({"supervisor", "admin"}),
    # Issue 20: move the money of an issued refund (Paytrail, transfer files), and decide a
    # payout nobody can tell went through.
    "pay_out": frozenset(ROLES),
    "decide_payout": frozenset({"supervisor", "admin"}),
    "send_mail": frozenset(ROLES),
    "manage_mail": frozenset({"admin"}),
}

ROLE_NAMES = {
    "clerk": QT_TRANSLATE_NOOP("users", "clerk"),
    "supervisor": QT_TRANSLATE_NOOP("users", "supervisor"),
    "admin": QT_TRANSLATE_NOOP("users", "admin"),
}
PERMISSION_NAMES = {
    "register_return": QT_TRANSLATE_NOOP("users", "register returns"),
    "receive": QT_TRANSLATE_NOOP("users", "receive parcels"),
    "inspect": QT_TRANSLATE_NOOP("users", "inspect items"),
    "propose_refund": QT_TRANSLATE_NOOP("users", "propose refunds"),
    "issue_refund": QT_TRANSLATE_NOOP("users", "issue refunds"),
    "approve_refund": QT_TRANSLATE_NOOP("users", "approve refunds"),
    "override": QT_TRANSLATE_NOOP("users", "override the return rules"),
    "approve_deduction": QT_TRANSLATE_NOOP("users", "approve deductions"),
    "adjust_stock": QT_TRANSLATE_NOOP("users", "adjust stock"),
    "close_return": QT_TRANSLATE_NOOP("users", "close returns"),
    "reject_return": QT_TRANSLATE_NOOP("users", "reject returns"),
    "reopen_return": QT_TRANSLATE_NOOP("users", "reopen closed returns"),
    "add_note": QT_TRANSLATE_NOOP("users", "add notes to returns"),
    "print_documents": QT_TRANSLATE_NOOP("users", "print labels, tags and credit notes"),
    "manage_users": QT_TRANSLATE_NOOP("users", "manage users"),
    "manage_settings": QT_TRANSLATE_NOOP("users", "change the shop settings"),
    "import": QT_TRANSLATE_NOOP("users", "import orders"),
    "export": QT_TRANSLATE_NOOP("users", "export to accounting"),
    "pay_out": QT_TRANSLATE_NOOP("users", "pay refunds out"),
    "decide_payout": QT_TRANSLATE_NOOP("users", "decide payouts in doubt"),
    "send_mail": QT_TRANSLATE_NOOP("users", "send the customers' e-mails"),
    "manage_mail": QT_TRANSLATE_NOOP("users", "resend e-mails and edit their wording"),
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
