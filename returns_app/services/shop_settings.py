"""The shop's settings kept in the database (shared by every station): details and policies."""

from __future__ import annotations

import re
import threading
import time
import weakref
from dataclasses import asdict, dataclass, fields, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Engine, select

from returns_app.domain.errors import InvalidIdentifier
from returns_app.domain.identifiers import check_business_id, check_iban, check_vat_number
from returns_app.domain.users import Actor
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.models import Setting
from returns_app.persistence.uow import UnitOfWork
from returns_app.scanning.config import ORDER_NUMBER_DIGITS, ScanConfig, order_number_pattern
from returns_app.services import audit
from returns_app.services.acting import authorize
from returns_app.services.errors import InvalidInput, require
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
    # Empty until the shop sets its own: any valid example could be a real company's. The
    # Finvoice export refuses without them; documents print what is set.
    business_id: str = ""
    vat_number: str = ""
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
    # The shop's own order numbers: this prefix (often none) and so many digits; a scan may
    # carry Shopify's "#" in front. Kept narrow so it cannot swallow carrier codes.
    order_number_prefix: str = ""
    order_number_min_digits: int = ORDER_NUMBER_DIGITS[0]
    order_number_max_digits: int = ORDER_NUMBER_DIGITS[1]
    # Regular expressions saved by earlier versions; when set, they are used instead of the
    # shape above (the old shipped default, which nobody chose, counts as unset).
    order_number_patterns: tuple[str, ...] = ()
    return_reasons: tuple[str, ...] = DEFAULT_REASONS
    # Typical transit days per shipping method ("method = days", working days): a delivery
    # day the shop's file lacks is estimated as the shipping day plus these, marked estimated.
    transit_days: tuple[str, ...] = (
        "Posti SmartPOST = 2",
        "Posti kotiinkuljetus = 2",
        "Matkahuolto = 2",
        "DHL Express = 1",
    )
    default_transit_days: int = 3
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


# What versions before the order-number shape shipped as a default (never used for scans).
_OLD_DEFAULT_PATTERNS = (r"^\d{5,9}$", r"^#\d{4,10}$")


def _coerce(name: str, value: Any) -> Any:
    if name == "order_number_patterns" and tuple(value) == _OLD_DEFAULT_PATTERNS:
        return ()
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
        new = _checked(new, set(changes))
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
        forget_scan_config(uow.engine)
        return new


def _invalid(text: str, **params: Any) -> InvalidInput:
    return InvalidInput(Message("services", text, params))


def _checked(settings: ShopSettings, changed: set[str]) -> ShopSettings:
    """The settings with changed identifiers in their written form; raises
    :class:`InvalidInput` saying which one fails its check digits (nothing is saved)."""
    values: dict[str, Any] = {}
    checks = (
        ("business_id", check_business_id),
        ("vat_number", check_vat_number),
        ("iban", check_iban),
    )
    for name, check in checks:
        value = getattr(settings, name).strip()
        if name in changed and value:
            try:
                values[name] = check(value)
            except InvalidIdentifier as exc:
                raise InvalidInput(exc.message) from None
    shape = {"order_number_prefix", "order_number_min_digits", "order_number_max_digits"}
    if changed & shape:
        prefix = settings.order_number_prefix
        if len(prefix) > 10 or any(c.isspace() or c.isdigit() for c in prefix):
            raise _invalid(
                QT_TRANSLATE_NOOP(
                    "services",
                    "An order number prefix is at most 10 letters or signs, without digits "
                    "or spaces (e.g. EU or WEB-).",
                )
            )
        low, high = settings.order_number_min_digits, settings.order_number_max_digits
        if not 1 <= low <= high <= 20:
            raise _invalid(
                QT_TRANSLATE_NOOP(
                    "services",
                    "Order numbers need at least 1 and at most 20 digits, the fewest no more "
                    "than the most (e.g. 4 to 7).",
                )
            )
    if "order_number_patterns" in changed:
        for pattern in settings.order_number_patterns:
            try:
                re.compile(pattern)
            except re.error:
                raise _invalid(
                    QT_TRANSLATE_NOOP(
                        "services", "The order number pattern {pattern} is not a valid expression."
                    ),
                    pattern=pattern,
                ) from None
    return replace(settings, **values)


def order_number_patterns(settings: ShopSettings) -> tuple[str, ...]:
    """The patterns a scan reads as one of the shop's order numbers: the stored patterns of
    an earlier version if any, else the shop's shape (prefix and digits)."""
    if settings.order_number_patterns:
        return settings.order_number_patterns
    return (
        order_number_pattern(
            settings.order_number_prefix,
            settings.order_number_min_digits,
            settings.order_number_max_digits,
        ),
    )


def scan_config(settings: ShopSettings, gs_substitute: str | None = None) -> ScanConfig:
    """How this shop's codes are read (its order numbers; a station's FNC1 substitute).

    A pattern stored by an earlier version that no longer compiles is left out rather than
    stopping every scan (saving checks patterns now)."""
    patterns = tuple(p for p in order_number_patterns(settings) if _compiles(p))
    return ScanConfig(
        order_number_patterns=patterns
        or order_number_patterns(replace(settings, order_number_patterns=())),
        gs_substitute=gs_substitute,
    )


def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


# The settings a scan is read with (the shop's order numbers), read as plain rows: every find
# and scan reads them.
_SCAN_SETTINGS = select(Setting.key, Setting.value).where(
    Setting.key.in_(
        (
            "order_number_prefix",
            "order_number_min_digits",
            "order_number_max_digits",
            "order_number_patterns",
        )
    )
)


# Every find and every scan reads a code with the shop's order-number shape, which changes
# when an admin edits it, perhaps once a year: it is kept per database for
# SCAN_CONFIG_TTL_S seconds rather than read on each scan (a third of a find's time at a
# million orders). A save at this station is seen at once, another station's within that time.
SCAN_CONFIG_TTL_S = 10.0
_SCAN_CONFIGS: weakref.WeakKeyDictionary[Engine, tuple[float, ScanConfig]] = (
    weakref.WeakKeyDictionary()
)
_SCAN_CONFIGS_LOCK = threading.Lock()
_clock = time.monotonic


def read_scan_config(uow: UnitOfWork, conn: Connection | None = None) -> ScanConfig:
    """Like :func:`scan_config` for the stored settings, inside an open unit of work (on
    ``conn`` if it is read as a plain connection); read at most every
    :data:`SCAN_CONFIG_TTL_S` seconds."""
    now = _clock()
    kept = _SCAN_CONFIGS.get(uow.engine)
    if kept is not None and now - kept[0] < SCAN_CONFIG_TTL_S:
        return kept[1]
    rows = (conn or uow.session.connection()).execute(_SCAN_SETTINGS)
    config = scan_config(replace(ShopSettings(), **{k: _coerce(k, v) for k, v in rows}))
    with _SCAN_CONFIGS_LOCK:
        _SCAN_CONFIGS[uow.engine] = (now, config)
    return config


def forget_scan_config(engine: Engine) -> None:
    """Read the order-number shape again at the next scan (the settings were saved)."""
    with _SCAN_CONFIGS_LOCK:
        _SCAN_CONFIGS.pop(engine, None)
