"""The data model of Returns Desk (SQLAlchemy 2 typed declarative style).

The database itself enforces what must never be wrong: positive quantities, non-negative
amounts, unique codes, the quantity chain of a return line, one active refund per return,
one inspection per unit, and (by trigger, see the first migration) an append-only audit log.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy import false as sa_false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from returns_app.persistence.types import Money, Rate, UTCDateTime, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

RETURN_KINDS = ("withdrawal", "defect_claim", "goodwill")
GOODS_STATES = ("announced", "in_transit", "received", "inspected", "closed", "rejected")
MONEY_STATES = ("none", "proposed", "approved", "refunded", "part_refunded", "not_refundable")
REFUND_STATUSES = ("proposed", "approved", "issued", "cancelled")
REFUND_METHODS = ("original", "bank_transfer", "store_credit")
LOCATION_KINDS = ("sellable", "b_stock", "quarantine", "scrap", "supplier")
ROLES = ("clerk", "supervisor", "admin")
EXCEPTION_CATEGORIES = (
    "none",
    "personalised",
    "perishable",
    "sealed_hygiene",
    "mixed_inseparably",
    "sealed_media",
    "newspaper",
    "alcohol_market_price",
)


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    """Declarative base with constraint naming so migrations stay stable."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON()}


# --- Settings and reference data ---------------------------------------------------------


class Setting(Base):
    """One shop setting (shop details, policies, return reasons) as a JSON value."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class VatRate(Base):
    """A VAT rate with its validity: rates change, so they are data, never constants."""

    __tablename__ = "vat_rates"
    __table_args__ = (CheckConstraint("rate >= 0 AND rate < 100", name="rate_range"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    category: Mapped[str] = mapped_column(String(40))
    rate: Mapped[Rate]
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)


class User(Base):
    """Someone who signs in; the role decides what they may do."""

    __tablename__ = "users"
    __table_args__ = (CheckConstraint(_one_of("role", ROLES), name="role_known"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(400))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Wrong passwords in a row (0 after a right one), the last one's time, and when the user
    # was locked for too many (an admin unlocks); see migration 0006.
    failed_signins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_failed_at: Mapped[datetime | None] = mapped_column()
    locked_at: Mapped[datetime | None] = mapped_column()


class AuditEntry(Base):
    """Append-only: who did what, where and when (UPDATE and DELETE are refused by trigger).

    On SQLite each entry is chained to the one before by ``entry_hash`` and an insert must be
    the next entry (migration 0007, ``persistence.audit_chain``); on PostgreSQL the hashes stay
    empty and the stations' role may only SELECT and INSERT (``persistence.pg_roles``).
    """

    __tablename__ = "audit_log"
    __table_args__ = (
        # Migration 0014: throughput reads its period from this index alone; the report
        # filters read the distinct stations.
        Index("ix_audit_log_at_report", "at", "action", "return_id", "username", "station"),
        Index("ix_audit_log_station", "station"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    username: Mapped[str] = mapped_column(String(80))
    station: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    return_id: Mapped[int | None] = mapped_column(Integer, index=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    entry_hash: Mapped[str | None] = mapped_column(String(64))


class ProcessingHour(Base):
    """One clock hour (UTC) of one user's work on one return at one station, with its counts.

    Kept by a trigger on ``audit_log`` from its processing entries (migration 0017,
    ``persistence.processing_hours``), for the throughput report; never written by the app.
    """

    __tablename__ = "processing_hours"
    __table_args__ = ({"sqlite_with_rowid": False},)
    hour: Mapped[datetime] = mapped_column(UTCDateTime(), primary_key=True)
    username: Mapped[str] = mapped_column(String(80), primary_key=True)
    station: Mapped[str] = mapped_column(String(80), primary_key=True)
    return_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    parcels: Mapped[int] = mapped_column(Integer, default=0)
    units_inspected: Mapped[int] = mapped_column(Integer, default=0)
    refunds: Mapped[int] = mapped_column(Integer, default=0)


# --- Products and stock ------------------------------------------------------------------


class Product(Base):
    """A product the shop sells; GTIN stored as 14 digits."""

    __tablename__ = "products"
    __table_args__ = (
        CheckConstraint("unit_price >= 0", name="price_not_negative"),
        CheckConstraint(
            _one_of("exception_category", EXCEPTION_CATEGORIES), name="exception_known"
        ),
        CheckConstraint("gtin IS NULL OR length(gtin) = 14", name="gtin_14_digits"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    gtin: Mapped[str | None] = mapped_column(String(14), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(80), default="")
    unit_price: Mapped[Money]
    vat_rate: Mapped[Rate]
    exception_category: Mapped[str] = mapped_column(String(30), default="none")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Location(Base):
    """A stock location (sellable shelf, B-stock, quarantine, scrap, back to supplier)."""

    __tablename__ = "locations"
    __table_args__ = (CheckConstraint(_one_of("kind", LOCATION_KINDS), name="kind_known"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class StockLevel(Base):
    """The current quantity of a product at a location; always the sum of its ledger."""

    __tablename__ = "stock_levels"
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"), primary_key=True)
    quantity: Mapped[int] = mapped_column(Integer, default=0)


class StockMovement(Base):
    """One line of the stock ledger, with the level it led to."""

    __tablename__ = "stock_movements"
    __table_args__ = (
        CheckConstraint("quantity <> 0", name="quantity_not_zero"),
        Index("ix_stock_movements_product_location", "product_id", "location_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    balance_after: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text, default="")
    return_id: Mapped[int | None] = mapped_column(ForeignKey("returns.id"), index=True)
    return_line_id: Mapped[int | None] = mapped_column(ForeignKey("return_lines.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    station: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


# --- Customers and orders ----------------------------------------------------------------


class Customer(Base):
    """A consumer who ordered; the language decides the language of their documents."""

    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    email: Mapped[str | None] = mapped_column(String(200), index=True)
    phone: Mapped[str | None] = mapped_column(String(40), index=True)
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="FI")
    lang: Mapped[str] = mapped_column(String(5), default="fi")


# Migration 0008: the find by e-mail compares lower(email).
Index("ix_customers_email_lower", func.lower(Customer.email))


class Order(Base):
    """An order from the web shop, as it was charged."""

    __tablename__ = "orders"
    __table_args__ = (
        CheckConstraint("delivery_price >= 0", name="delivery_not_negative"),
        CheckConstraint("cheapest_delivery_price >= 0", name="cheapest_not_negative"),
        CheckConstraint("order_discount >= 0", name="discount_not_negative"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    order_number: Mapped[str] = mapped_column(String(64), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    ordered_at: Mapped[datetime]
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    payment_method: Mapped[str] = mapped_column(String(40), default="card")
    payment_reference: Mapped[str] = mapped_column(String(100), default="")
    # Migration 0010: the payment service's transaction id (Paytrail), to refund through it.
    payment_transaction_id: Mapped[str | None] = mapped_column(String(100))
    delivery_method: Mapped[str] = mapped_column(String(80), default="")
    delivery_price: Mapped[Money] = mapped_column(default=Decimal("0.00"))
    cheapest_delivery_price: Mapped[Money] = mapped_column(default=Decimal("0.00"))
    delivery_vat_rate: Mapped[Rate] = mapped_column(default=Decimal("25.50"))
    order_discount: Mapped[Money] = mapped_column(default=Decimal("0.00"))
    consumer_informed: Mapped[bool] = mapped_column(Boolean, default=True)
    informed_on: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(20), default="manual")
    # What the web shop paid back before the order reached the desk (Shopify's Refunded
    # Amount): every refund limit counts it.
    refunded_in_shop: Mapped[Money] = mapped_column(default=Decimal("0.00"), server_default="0.00")
    shop_payment_status: Mapped[str] = mapped_column(String(20), default="", server_default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    customer: Mapped[Customer] = relationship()
    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", order_by="OrderLine.line_no"
    )
    shipments: Mapped[list[Shipment]] = relationship(back_populates="order")


class OrderLine(Base):
    """A line of an order: what was sold at which price and VAT rate (kept as sold)."""

    __tablename__ = "order_lines"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("unit_price >= 0", name="price_not_negative"),
        CheckConstraint("discount >= 0", name="discount_not_negative"),
        UniqueConstraint("order_id", "line_no"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"))
    line_no: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"), index=True)
    sku: Mapped[str] = mapped_column(String(64))
    gtin: Mapped[str | None] = mapped_column(String(14))
    name: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[Money]
    discount: Mapped[Money] = mapped_column(default=Decimal("0.00"))
    vat_rate: Mapped[Rate]
    exception_category: Mapped[str] = mapped_column(String(30), default="none")

    order: Mapped[Order] = relationship(back_populates="lines")


class Shipment(Base):
    """An outbound shipment of an order, with its tracking number and delivery date."""

    __tablename__ = "shipments"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    carrier: Mapped[str] = mapped_column(String(40), default="")
    tracking_number: Mapped[str | None] = mapped_column(String(64), index=True)
    shipped_at: Mapped[datetime | None]
    delivered_on: Mapped[date | None] = mapped_column(Date)
    # delivered_on was estimated (shipping day + the method's transit days), not read from a
    # delivery event: screens that decide with it say so, and a clerk can correct it.
    delivery_estimated: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=sa_false()
    )
    # delivered_on was set by a clerk from the customer's proof: a re-import never deletes
    # the shipment nor replaces the day (migration 0012).
    delivery_corrected: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=sa_false()
    )

    order: Mapped[Order] = relationship(back_populates="shipments")


# --- Returns -----------------------------------------------------------------------------


class Return(Base):
    """A return: the goods and the money each have their own state."""

    __tablename__ = "returns"
    __table_args__ = (
        CheckConstraint(_one_of("kind", RETURN_KINDS), name="kind_known"),
        CheckConstraint(_one_of("goods_state", GOODS_STATES), name="goods_state_known"),
        CheckConstraint(_one_of("money_state", MONEY_STATES), name="money_state_known"),
        CheckConstraint("label_fee >= 0", name="label_fee_not_negative"),
        # Migration 0002: the back office's "refund overdue" filter and newest-first paging.
        Index("ix_returns_money_state_refund_due", "money_state", "refund_due", "goods_state"),
        Index("ix_returns_created_at_id", "created_at", "id"),
        # Migration 0008: a tracking scan reads only the returns that have a number.
        Index(
            "ix_returns_tracking_number_present",
            "return_tracking_number",
            sqlite_where=text("return_tracking_number IS NOT NULL"),
            postgresql_where=text("return_tracking_number IS NOT NULL"),
        ),
        # Migration 0014: the reports read the returns of a period from this index alone.
        Index("ix_returns_notice_report", "notice_date", "kind", "goods_state", "station"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    notice_date: Mapped[date] = mapped_column(Date, index=True)  # migration 0008
    notice_at: Mapped[datetime]
    goods_state: Mapped[str] = mapped_column(String(20), default="announced", index=True)
    money_state: Mapped[str] = mapped_column(String(20), default="none", index=True)
    remedy: Mapped[str | None] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(Text, default="")
    override_reason: Mapped[str | None] = mapped_column(Text)
    override_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    return_tracking_number: Mapped[str | None] = mapped_column(String(64), index=True)
    proof_of_dispatch_at: Mapped[datetime | None]
    label_fee: Mapped[Money] = mapped_column(default=Decimal("0.00"))
    return_postage: Mapped[Money] = mapped_column(default=Decimal("0.00"))
    refund_due: Mapped[date | None] = mapped_column(Date, index=True)
    goods_due: Mapped[date | None] = mapped_column(Date)
    period_ends: Mapped[date | None] = mapped_column(Date)
    decision_reason: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    station: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    closed_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Migration 0005: a supervisor accepted a late return in writing (why, who).
    late_accepted: Mapped[str | None] = mapped_column(Text)
    late_accepted_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    customer: Mapped[Customer] = relationship()
    lines: Mapped[list[ReturnLine]] = relationship(back_populates="ret", order_by="ReturnLine.id")
    parcels: Mapped[list[Parcel]] = relationship(back_populates="ret")

    __mapper_args__ = {"version_id_col": version}


class ReturnLine(Base):
    """A line of a return: announced >= received >= restocked + written off."""

    __tablename__ = "return_lines"
    __table_args__ = (
        CheckConstraint("qty_announced > 0", name="announced_positive"),
        CheckConstraint("qty_received >= 0", name="received_not_negative"),
        CheckConstraint("qty_restocked >= 0", name="restocked_not_negative"),
        CheckConstraint("qty_written_off >= 0", name="written_off_not_negative"),
        CheckConstraint("qty_received <= qty_announced", name="received_le_announced"),
        CheckConstraint(
            "qty_restocked + qty_written_off <= qty_received", name="disposed_le_received"
        ),
        Index("ix_return_lines_reason_code", "reason_code", "return_id"),  # migration 0002
        # Migration 0014: the lines of a period's returns, read from this index alone.
        Index(
            "ix_return_lines_return_report",
            "return_id",
            "qty_announced",
            "reason_code",
            "order_line_id",
        ),
        # Migration 0015: a product's return lines, newest last (a scanned EAN's open returns).
        Index("ix_return_lines_gtin", "gtin", "return_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    return_id: Mapped[int] = mapped_column(ForeignKey("returns.id"), index=True)
    order_line_id: Mapped[int] = mapped_column(ForeignKey("order_lines.id"), index=True)
    # The order line's GTIN as sold, kept when the return is registered (migration 0015).
    gtin: Mapped[str | None] = mapped_column(String(14))
    # Copies for the reports (migration 0016, persistence.line_copies): the order line's
    # product and unit price, its order's time; triggers follow a re-import's changes.
    product_id: Mapped[int | None] = mapped_column(Integer)
    unit_price: Mapped[Decimal | None] = mapped_column(Numeric(12, 2, asdecimal=True))
    ordered_at: Mapped[datetime | None]
    # The order line's SKU and name as sold (migration 0018), for the reasons per product.
    sku: Mapped[str | None] = mapped_column(String(64))
    name: Mapped[str | None] = mapped_column(String(200))
    qty_announced: Mapped[int] = mapped_column(Integer)
    qty_received: Mapped[int] = mapped_column(Integer, default=0)
    qty_restocked: Mapped[int] = mapped_column(Integer, default=0)
    qty_written_off: Mapped[int] = mapped_column(Integer, default=0)
    reason_code: Mapped[str] = mapped_column(String(40), default="other")
    reason_text: Mapped[str] = mapped_column(Text, default="")

    ret: Mapped[Return] = relationship(back_populates="lines")
    order_line: Mapped[OrderLine] = relationship()


class Parcel(Base):
    """A parcel scanned in at a station; without a return it waits as unidentified."""

    __tablename__ = "parcels"
    __table_args__ = (
        UniqueConstraint("return_id", "scanned_code"),
        CheckConstraint(
            _one_of("status", ("received", "unidentified", "matched", "discarded")),
            name="status_known",
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    return_id: Mapped[int | None] = mapped_column(ForeignKey("returns.id"), index=True)
    scanned_code: Mapped[str] = mapped_column(String(200), index=True)
    status: Mapped[str] = mapped_column(String(20), default="received", index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    station: Mapped[str] = mapped_column(String(80), default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    scanned_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]
    resolved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    ret: Mapped[Return | None] = relationship(back_populates="parcels")


class Discrepancy(Base):
    """A mismatch found at check-in: wrong item, missing, extra, empty box."""

    __tablename__ = "discrepancies"
    __table_args__ = (
        CheckConstraint(
            _one_of("kind", ("wrong_item", "missing", "not_on_return", "empty_box", "extra")),
            name="kind_known",
        ),
        CheckConstraint("quantity > 0", name="quantity_positive"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    return_id: Mapped[int] = mapped_column(ForeignKey("returns.id"), index=True)
    return_line_id: Mapped[int | None] = mapped_column(ForeignKey("return_lines.id"))
    kind: Mapped[str] = mapped_column(String(20))
    scanned_code: Mapped[str] = mapped_column(String(200), default="")
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    station: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Inspection(Base):
    """The grade and disposition of one unit; one per unit, so a unit moves stock once."""

    __tablename__ = "inspections"
    __table_args__ = (
        UniqueConstraint("return_line_id", "unit_no"),
        CheckConstraint("unit_no > 0", name="unit_positive"),
        CheckConstraint(_one_of("grade", ("A", "B", "C", "D")), name="grade_known"),
        CheckConstraint(
            _one_of(
                "disposition", ("restock", "b_stock", "quarantine", "scrap", "supplier", "hold")
            ),
            name="disposition_known",
        ),
        Index("ix_inspections_created_at", "created_at"),  # migration 0014: value report
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    return_line_id: Mapped[int] = mapped_column(ForeignKey("return_lines.id"))
    unit_no: Mapped[int] = mapped_column(Integer)
    grade: Mapped[str] = mapped_column(String(1))
    disposition: Mapped[str] = mapped_column(String(20))
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))
    unsealed: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    movement_id: Mapped[int | None] = mapped_column(ForeignKey("stock_movements.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    station: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Migration 0005: a supervisor accepted this unit despite an art. 16 exception.
    exception_override: Mapped[str | None] = mapped_column(Text)
    exception_override_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class Deduction(Base):
    """A diminished-value deduction on a return line, justified and approved by a supervisor."""

    __tablename__ = "deductions"
    __table_args__ = (CheckConstraint("amount > 0", name="amount_positive"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    return_line_id: Mapped[int] = mapped_column(ForeignKey("return_lines.id"), index=True)
    amount: Mapped[Money]
    justification: Mapped[str] = mapped_column(Text)
    requested_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


# --- Money -------------------------------------------------------------------------------


class Refund(Base):
    """A refund; a return may have several issued, but one open at most (partial unique index)."""

    __tablename__ = "refunds"
    __table_args__ = (
        CheckConstraint(_one_of("status", REFUND_STATUSES), name="status_known"),
        CheckConstraint(_one_of("method", REFUND_METHODS), name="method_known"),
        CheckConstraint("total >= 0", name="total_not_negative"),
        UniqueConstraint("credit_note_year", "credit_note_seq"),
        # Migration 0004: follow-up refunds; still one open (proposed or approved) per return.
        Index(
            "uq_refunds_open_per_return",
            "return_id",
            unique=True,
            sqlite_where=text("status IN ('proposed', 'approved')"),
            postgresql_where=text("status IN ('proposed', 'approved')"),
        ),
        Index("ix_refunds_return_id", "return_id"),
        # Migration 0014: the refunds issued in a report's period; the returns already paid.
        Index("ix_refunds_status_issued_at", "status", "issued_at", "return_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    return_id: Mapped[int] = mapped_column(ForeignKey("returns.id"))
    status: Mapped[str] = mapped_column(String(20), default="proposed", index=True)
    method: Mapped[str] = mapped_column(String(20), default="original")
    payment_reference: Mapped[str] = mapped_column(String(100), default="")
    items_amount: Mapped[Money]
    delivery_amount: Mapped[Money]
    deduction_amount: Mapped[Money]
    label_fee_amount: Mapped[Money]
    total: Mapped[Money]
    breakdown: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    needs_supervisor: Mapped[bool] = mapped_column(Boolean, default=False)
    credit_note_number: Mapped[str | None] = mapped_column(String(20), unique=True)
    credit_note_year: Mapped[int | None] = mapped_column(Integer)
    credit_note_seq: Mapped[int | None] = mapped_column(Integer)
    idempotency_key: Mapped[str | None] = mapped_column(String(80), unique=True)
    proposed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    issued_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    approved_at: Mapped[datetime | None]
    issued_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    station: Mapped[str] = mapped_column(String(80), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    lines: Mapped[list[RefundLine]] = relationship(back_populates="refund")

    __mapper_args__ = {"version_id_col": version}


class RefundLine(Base):
    """One row of a refund: an item line, the delivery cost, a deduction or a label fee."""

    __tablename__ = "refund_lines"
    __table_args__ = (
        CheckConstraint(
            _one_of("kind", ("item", "delivery", "label_fee", "return_postage", "price_reduction")),
            name="kind_known",
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    refund_id: Mapped[int] = mapped_column(ForeignKey("refunds.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    return_line_id: Mapped[int | None] = mapped_column(ForeignKey("return_lines.id"))
    order_line_id: Mapped[int | None] = mapped_column(ForeignKey("order_lines.id"), index=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), index=True)
    description: Mapped[str] = mapped_column(String(200), default="")
    quantity: Mapped[int] = mapped_column(Integer, default=0)
    gross: Mapped[Money]
    deduction: Mapped[Money] = mapped_column(default=Decimal("0.00"))
    deduction_reason: Mapped[str] = mapped_column(Text, default="")
    vat_rate: Mapped[Rate]
    vat: Mapped[Money]
    net: Mapped[Money]

    refund: Mapped[Refund] = relationship(back_populates="lines")


class CreditNoteSequence(Base):
    """The last credit-note number per year; locked while a number is taken (gap-free)."""

    __tablename__ = "credit_note_sequences"
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class Document(Base):
    """Every printed document, kept as a PDF under its number so it can be printed again."""

    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    return_id: Mapped[int | None] = mapped_column(ForeignKey("returns.id"), index=True)
    refund_id: Mapped[int | None] = mapped_column(ForeignKey("refunds.id"))
    kind: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(120))
    content_type: Mapped[str] = mapped_column(String(40), default="application/pdf")
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class ReturnCodeSequence(Base):
    """Numbers behind return codes: one row, locked while a code is taken."""

    __tablename__ = "return_code_sequence"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class SalesDaily(Base):
    """Units sold per Helsinki day and product: kept with the orders, read by the reports
    (a return rate must not read two million order lines)."""

    __tablename__ = "sales_daily"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), primary_key=True)
    units: Mapped[int] = mapped_column(Integer, default=0)


# --- Payouts (migration 0010) --------------------------------------------------------------

PAYOUT_METHODS = ("paytrail", "email_refund", "transfer")
PAYOUT_STATES = ("sending", "ok", "pending", "failed", "in_doubt", "paid")
LIVE_PAYOUT_STATES = "state IN ('sending', 'ok', 'pending', 'in_doubt', 'paid')"


class TransferFile(Base):
    """A SEPA credit transfer file (pain.001.001.03) with the transfers it carries.

    Regenerating it writes the same payments again under the same message id; its payouts
    are paid only when a clerk confirms the upload to the bank.
    """

    __tablename__ = "transfer_files"
    __table_args__ = (
        CheckConstraint("payments > 0", name="payments_positive"),
        CheckConstraint("total > 0", name="total_positive"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[str] = mapped_column(String(35), unique=True)
    execution_date: Mapped[date] = mapped_column(Date)
    payments: Mapped[int] = mapped_column(Integer)
    total: Mapped[Money]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    uploaded_at: Mapped[datetime | None]
    uploaded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class Payout(Base):
    """The money of an issued refund leaving: one live payout per refund at most.

    Written as ``sending`` and committed before Paytrail is called (persist before you pay);
    the partial unique index lets a refund have a failed payout and a new one, never two
    that may both move money.
    """

    __tablename__ = "payouts"
    __table_args__ = (
        CheckConstraint(_one_of("method", PAYOUT_METHODS), name="method_known"),
        CheckConstraint(_one_of("state", PAYOUT_STATES), name="state_known"),
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint(
            "method <> 'transfer' OR (iban IS NOT NULL AND account_holder IS NOT NULL)",
            name="transfer_has_account",
        ),
        Index(
            "uq_payouts_live_per_refund",
            "refund_id",
            unique=True,
            sqlite_where=text(LIVE_PAYOUT_STATES),
            postgresql_where=text(LIVE_PAYOUT_STATES),
        ),
        Index("ix_payouts_refund_id", "refund_id"),
        Index("ix_payouts_state", "state"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    refund_id: Mapped[int] = mapped_column(ForeignKey("refunds.id"))
    return_id: Mapped[int] = mapped_column(ForeignKey("returns.id"), index=True)
    method: Mapped[str] = mapped_column(String(20))
    amount: Mapped[Money]
    state: Mapped[str] = mapped_column(String(20))
    # Our unique id of the refund at Paytrail (refundStamp), made before anything is sent.
    stamp: Mapped[str] = mapped_column(String(64), unique=True)
    transaction_id: Mapped[str | None] = mapped_column(String(100))  # the payment refunded
    email: Mapped[str | None] = mapped_column(String(200))
    iban: Mapped[str | None] = mapped_column(String(34))
    account_holder: Mapped[str | None] = mapped_column(String(140))
    provider_refund_id: Mapped[str | None] = mapped_column(String(100))
    provider_status: Mapped[str | None] = mapped_column(String(40))
    provider_message: Mapped[str] = mapped_column(Text, default="")
    provider_name: Mapped[str | None] = mapped_column(String(40))
    transfer_file_id: Mapped[int | None] = mapped_column(
        ForeignKey("transfer_files.id"), index=True
    )
    decision: Mapped[str | None] = mapped_column(Text)  # a supervisor's words on a doubt
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    station: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


# --- Customer e-mail (migration 0009) ----------------------------------------------------

MAIL_KINDS = (
    "return_registered",
    "parcel_arrived",
    "refund_issued",
    "return_rejected",
    "defect_registered",
    "defect_arrived",
)
OUTBOX_STATES = ("queued", "sending", "sent", "in_doubt", "failed", "cancelled")


class OutboxMessage(Base):
    """An e-mail to a customer, written in the same transaction as the change it reports.

    The text is fixed when the row is written (what the customer is told is what was true
    then); the PDF it attaches (``attachment``: ``return_label`` or ``credit_note``) is the
    document kept in ``documents``, rendered or read again when the message is sent.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        CheckConstraint(_one_of("kind", MAIL_KINDS + ("test",)), name="kind_known"),
        CheckConstraint(_one_of("state", OUTBOX_STATES), name="state_known"),
        Index("ix_outbox_state_next_attempt_at", "state", "next_attempt_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    return_id: Mapped[int | None] = mapped_column(ForeignKey("returns.id"), index=True)
    refund_id: Mapped[int | None] = mapped_column(ForeignKey("refunds.id"))
    to_address: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(5), default="fi")
    subject: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)
    html: Mapped[str] = mapped_column(Text)
    attachment: Mapped[str | None] = mapped_column(String(30))
    message_id: Mapped[str] = mapped_column(String(200), unique=True)
    state: Mapped[str] = mapped_column(String(12), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str] = mapped_column(Text, default="")
    claimed_by: Mapped[str | None] = mapped_column(String(120))
    claimed_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class MailTemplate(Base):
    """An administrator's wording of one kind of e-mail in one language (else the shipped one)."""

    __tablename__ = "mail_templates"
    kind: Mapped[str] = mapped_column(String(30), primary_key=True)
    language: Mapped[str] = mapped_column(String(5), primary_key=True)
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
