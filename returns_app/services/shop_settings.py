"""The shop's settings kept in the database (shared by every station): details and policies."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from returns_app.domain.users import Actor
from returns_app.persistence.models import Setting
from returns_app.persistence.uow import UnitOfWork
from returns_app.services import audit
from returns_app.services.acting import authorize
from returns_app.services.errors import require
from returns_app.services.text import clean_text

DEFAULT_REASONS = (
    "does_not_fit",
    "not_as_described",
    "changed_mind",
    "defective",
    "wrong_item_sent",
    "arrived_late",
    "other",
)


@dataclass(frozen=True)
class ShopSettings:
    """Shop details and return policies; one value per key in the ``settings`` table."""

    shop_name: str = "Esimerkkikauppa Oy"
    street: str = "Varastokatu 1"
    postal_code: str = "00100"
    city: str = "Helsinki"
    country: str = "FI"
    business_id: str = "1234567-8"
    vat_number: str = "FI12345678"
    email: str = "asiakaspalvelu@example.fi"
    phone: str = ""
    iban: str = ""
    return_street: str = "Palautukset / Returns, Varastokatu 1"
    return_postal_code: str = "00100"
    return_city: str = "Helsinki"
    goodwill_days: int = 30
    delivery_refund_policy: str = "last_unit"  # or "proportional"
    refund_approval_limit: Decimal = Decimal("200.00")
    charge_return_label: bool = False
    return_label_price: Decimal = Decimal("0.00")
    consumer_informed_default: bool = True
    order_number_patterns: tuple[str, ...] = (r"^\d{5,9}$", r"^#\d{4,10}$")
    return_reasons: tuple[str, ...] = DEFAULT_REASONS
    # Customer e-mails (the password is a secret, see services/mail/smtp.py).
    mail_return_registered: bool = False
    mail_parcel_arrived: bool = False
    mail_refund_issued: bool = False
    mail_return_rejected: bool = False
    mail_language: str = "fi"  # for customers whose language has no catalogue
    mail_from: str = ""  # empty: the shop's e-mail address
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: str = "starttls"  # or "tls" (implicit, port 465) or "none"
    smtp_username: str = ""
    smtp_ca_file: str = ""  # a CA or a self-signed certificate to trust (PEM); empty: the system's

    def as_json(self) -> dict[str, Any]:
        """Return the settings as JSON-ready values."""
        out: dict[str, Any] = {}
        for key, value in asdict(self).items():
            out[key] = (
                str(value)
                if isinstance(value, Decimal)
                else list(value)
                if isinstance(value, tuple)
                else value
            )
        return out


def _coerce(name: str, value: Any) -> Any:
    default = getattr(ShopSettings(), name)
    if isinstance(default, Decimal):
        return Decimal(str(value))
    if isinstance(default, tuple):
        return tuple(value)
    if isinstance(default, bool):
        return bool(value)
    if isinstance(default, int):
        return int(value)
    return clean_text(str(value))  # a pasted NUL or control character is never stored


_KEYS = {f.name for f in fields(ShopSettings)}


def load_settings(uow: UnitOfWork) -> ShopSettings:
    """Read the shop settings; keys never set keep their defaults."""
    with uow:
        rows = uow.session.scalars(select(Setting).where(Setting.key.in_(_KEYS)))
        values = {row.key: _coerce(row.key, row.value) for row in rows}
    return replace(ShopSettings(), **values)


def read_settings(uow: UnitOfWork) -> ShopSettings:
    """Like :func:`load_settings` inside an open unit of work."""
    rows = uow.session.scalars(select(Setting).where(Setting.key.in_(_KEYS)))
    return replace(ShopSettings(), **{r.key: _coerce(r.key, r.value) for r in rows})


def save_settings(uow: UnitOfWork, actor: Actor, **changes: Any) -> ShopSettings:
    """Change some settings (admin only); unknown keys are an error."""
    require(actor, "manage_settings")
    unknown = set(changes) - _KEYS
    if unknown:
        raise KeyError(f"unknown settings: {sorted(unknown)}")
    with uow:
        authorize(uow, actor, "manage_settings")
        new = replace(read_settings(uow), **{k: _coerce(k, v) for k, v in changes.items()})
        data = new.as_json()
        for key in changes:
            row = uow.session.get(Setting, key)
            if row is None:
                uow.session.add(Setting(key=key, value=data[key]))
            else:
                row.value = data[key]
        audit.record(
            uow, actor, "settings_changed", "settings", None, **{k: data[k] for k in changes}
        )
        uow.commit()
        return new
