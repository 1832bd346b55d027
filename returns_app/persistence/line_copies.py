"""What a return line keeps of its order line and order, for the reports (migration 0016).

The reports group a period's returned units by product, value them at their price and follow
them to the day they were sold. Reaching those through each line's order line and order
costs two index probes per line: at 150,000 returns, over 100,000 probes and most of half a
second on PostgreSQL for a 90-day report. So ``return_lines`` keeps copies:

- ``unit_price``: the order line's unit price. It never changes under a return (a re-import
  that would change it is refused, see ``orders.reimport_refusals``), so it is written once.
- ``product_id``: the order line's product, and ``ordered_at``: its order's time. A re-import
  may link a line to a product later or correct an order's time.
- ``sku`` and ``name`` (migration 0018): the order line's, as sold; the reasons per product
  group by them. A re-import may change them.

Triggers do it whichever path writes (the ORM, the demo's bulk copy, the staged import's
SQL): a line inserted without its copies gets them from its order line, and changes of
``order_lines.product_id``, ``sku`` and ``name`` and of ``orders.ordered_at`` are copied to
the lines. The service that registers a return writes them itself (it has the order lines
at hand). :func:`fill` and :func:`fill_names` are the migrations' backfills.
"""

from __future__ import annotations

from sqlalchemy import Connection

_FILL = {
    "postgresql": (
        "UPDATE return_lines SET product_id = ol.product_id, unit_price = ol.unit_price, "
        "ordered_at = o.ordered_at FROM order_lines ol JOIN orders o ON o.id = ol.order_id "
        "WHERE ol.id = return_lines.order_line_id AND return_lines.unit_price IS NULL"
    ),
    "sqlite": (
        "UPDATE return_lines SET "
        "product_id = (SELECT product_id FROM order_lines WHERE id = order_line_id), "
        "unit_price = (SELECT unit_price FROM order_lines WHERE id = order_line_id), "
        "ordered_at = (SELECT o.ordered_at FROM order_lines ol JOIN orders o "
        "ON o.id = ol.order_id WHERE ol.id = order_line_id) "
        "WHERE unit_price IS NULL"
    ),
}

SQLITE_TRIGGERS = (
    """CREATE TRIGGER return_lines_copy AFTER INSERT ON return_lines
    WHEN new.unit_price IS NULL BEGIN
        UPDATE return_lines SET
            product_id = (SELECT product_id FROM order_lines WHERE id = new.order_line_id),
            unit_price = (SELECT unit_price FROM order_lines WHERE id = new.order_line_id),
            ordered_at = (SELECT o.ordered_at FROM order_lines ol JOIN orders o
                          ON o.id = ol.order_id WHERE ol.id = new.order_line_id)
        WHERE id = new.id;
    END""",
    """CREATE TRIGGER return_lines_follow_product AFTER UPDATE OF product_id ON order_lines
    WHEN old.product_id IS NOT new.product_id BEGIN
        UPDATE return_lines SET product_id = new.product_id WHERE order_line_id = new.id;
    END""",
    """CREATE TRIGGER return_lines_follow_ordered_at AFTER UPDATE OF ordered_at ON orders
    WHEN old.ordered_at IS NOT new.ordered_at BEGIN
        UPDATE return_lines SET ordered_at = new.ordered_at
        WHERE order_line_id IN (SELECT id FROM order_lines WHERE order_id = new.id);
    END""",
)

PG_TRIGGERS = (
    """CREATE FUNCTION return_lines_copy() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF NEW.unit_price IS NULL THEN
            SELECT ol.product_id, ol.unit_price, o.ordered_at
            INTO NEW.product_id, NEW.unit_price, NEW.ordered_at
            FROM order_lines ol JOIN orders o ON o.id = ol.order_id
            WHERE ol.id = NEW.order_line_id;
        END IF;
        RETURN NEW;
    END $$""",
    """CREATE TRIGGER return_lines_copy BEFORE INSERT ON return_lines
    FOR EACH ROW EXECUTE FUNCTION return_lines_copy()""",
    """CREATE FUNCTION return_lines_follow_product() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE return_lines SET product_id = NEW.product_id WHERE order_line_id = NEW.id;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER return_lines_follow_product AFTER UPDATE OF product_id ON order_lines
    FOR EACH ROW WHEN (OLD.product_id IS DISTINCT FROM NEW.product_id)
    EXECUTE FUNCTION return_lines_follow_product()""",
    """CREATE FUNCTION return_lines_follow_ordered_at() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE return_lines SET ordered_at = NEW.ordered_at
        WHERE order_line_id IN (SELECT id FROM order_lines WHERE order_id = NEW.id);
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER return_lines_follow_ordered_at AFTER UPDATE OF ordered_at ON orders
    FOR EACH ROW WHEN (OLD.ordered_at IS DISTINCT FROM NEW.ordered_at)
    EXECUTE FUNCTION return_lines_follow_ordered_at()""",
)


def fill(conn: Connection) -> None:
    """Write the copies of every return line that has none yet (set-based)."""
    conn.exec_driver_sql(_FILL[conn.dialect.name])


# Migration 0018: the order line's SKU and name as sold, for the reasons per product (which
# read every order line of the period's returns for them: 0.6-1.1 s a year on PostgreSQL).
# A re-import may change both under a return, so triggers follow them like the product.

_FILL_NAMES = {
    "postgresql": (
        "UPDATE return_lines SET sku = ol.sku, name = ol.name FROM order_lines ol "
        "WHERE ol.id = return_lines.order_line_id AND return_lines.name IS NULL"
    ),
    "sqlite": (
        "UPDATE return_lines SET "
        "sku = (SELECT sku FROM order_lines WHERE id = order_line_id), "
        "name = (SELECT name FROM order_lines WHERE id = order_line_id) "
        "WHERE name IS NULL"
    ),
}

SQLITE_NAME_TRIGGERS = (
    """CREATE TRIGGER return_lines_copy_names AFTER INSERT ON return_lines
    WHEN new.name IS NULL BEGIN
        UPDATE return_lines SET
            sku = (SELECT sku FROM order_lines WHERE id = new.order_line_id),
            name = (SELECT name FROM order_lines WHERE id = new.order_line_id)
        WHERE id = new.id;
    END""",
    """CREATE TRIGGER return_lines_follow_names AFTER UPDATE OF sku, name ON order_lines
    WHEN old.sku IS NOT new.sku OR old.name IS NOT new.name BEGIN
        UPDATE return_lines SET sku = new.sku, name = new.name WHERE order_line_id = new.id;
    END""",
)

PG_NAME_TRIGGERS = (
    """CREATE FUNCTION return_lines_copy_names() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF NEW.name IS NULL THEN
            SELECT ol.sku, ol.name INTO NEW.sku, NEW.name
            FROM order_lines ol WHERE ol.id = NEW.order_line_id;
        END IF;
        RETURN NEW;
    END $$""",
    """CREATE TRIGGER return_lines_copy_names BEFORE INSERT ON return_lines
    FOR EACH ROW EXECUTE FUNCTION return_lines_copy_names()""",
    """CREATE FUNCTION return_lines_follow_names() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE return_lines SET sku = NEW.sku, name = NEW.name WHERE order_line_id = NEW.id;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER return_lines_follow_names AFTER UPDATE OF sku, name ON order_lines
    FOR EACH ROW WHEN (OLD.sku IS DISTINCT FROM NEW.sku OR OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION return_lines_follow_names()""",
)


def fill_names(conn: Connection) -> None:
    """Write the SKU and name of every return line that has none yet (set-based)."""
    conn.exec_driver_sql(_FILL_NAMES[conn.dialect.name])
