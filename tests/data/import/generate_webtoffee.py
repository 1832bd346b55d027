"""Writes webtoffee_orders.csv: the orders of woocommerce_orders.csv as WebToffee's free
"Order Export & Import for WooCommerce" plugin exports them. Run from the repository root.

The layout follows the plugin's published column list (woocommerce.com, "Import and Export of
WooCommerce Orders") and its header as found in a public repository's mapping script
(order_id, order_number, order_date, paid_date, status, ... wt_import_key, shipping_items,
fee_items, tax_items, coupon_items, refund_items, order_notes, download_permissions,
meta:wpml_language, line_item_1 ... line_item_N). Each ``line_item_N`` holds one item as
``name:...|product_id:...|sku:...|quantity:...|total:...|sub_total:...|tax:...|meta:|
tax_data:<serialized PHP>``, as public exports show (amounts without VAT). Phone numbers
carry the apostrophe a spreadsheet adds to keep ``+358...`` as text.
"""

import csv
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).parent
HEADER = (
    "order_id,order_number,order_date,paid_date,status,shipping_total,shipping_tax_total,"
    "fee_total,fee_tax_total,tax_total,cart_discount,order_discount,discount_total,order_total,"
    "order_subtotal,order_currency,payment_method,payment_method_title,transaction_id,"
    "customer_ip_address,customer_user_agent,shipping_method,customer_id,customer_user,"
    "customer_email,billing_first_name,billing_last_name,billing_company,billing_email,"
    "billing_phone,billing_address_1,billing_address_2,billing_postcode,billing_city,"
    "billing_state,billing_country,shipping_first_name,shipping_last_name,shipping_company,"
    "shipping_phone,shipping_address_1,shipping_address_2,shipping_postcode,shipping_city,"
    "shipping_state,shipping_country,customer_note,wt_import_key,shipping_items,fee_items,"
    "tax_items,coupon_items,refund_items,order_notes,download_permissions,meta:wpml_language,"
    "line_item_1,line_item_2,line_item_3"
).split(",")


def _php_taxes(subtotal_tax: str, total_tax: str) -> str:
    def amount(text: str) -> str:
        return f's:{len(text)}:"{text}";'

    return (
        f'a:2:{{s:5:"total";a:1:{{i:1;{amount(total_tax)}}}'
        f's:8:"subtotal";a:1:{{i:1;{amount(subtotal_tax)}}}}}'
    )


def _item(woo: dict[str, str]) -> str:
    name = woo["name"]  # WebToffee escapes nothing: a value runs to the next |
    return (
        f"name:{name}|product_id:{woo['product_id']}|sku:{woo['sku']}|"
        f"quantity:{woo['quantity']}|total:{woo['total']}|sub_total:{woo['subtotal']}|"
        f"tax:{woo['total_tax']}|meta:|tax_data:"
        + _php_taxes(woo["subtotal_tax"], woo["total_tax"])
    )


def _items(cell: str) -> list[dict[str, str]]:
    out = []
    for chunk in cell.split(";id:"):
        chunk = chunk if chunk.startswith("id:") else f"id:{chunk}"
        parts = {}
        for part in chunk.replace("\\:", "\x00").split("|"):
            key, _, value = part.partition(":")
            parts[key] = value.replace("\x00", ":")
        out.append(parts)
    return out


def main() -> None:
    source = HERE / "woocommerce_orders.csv"
    rows = []
    for woo in csv.DictReader(source.open(encoding="utf-8")):
        items = _items(woo["line_items"])
        subtotal = sum((Decimal(i["subtotal"]) for i in items), Decimal("0.00"))
        row = {h: "" for h in HEADER}
        row.update(
            {k: woo[k] for k in woo if k in row},
            order_date=woo["date"],
            paid_date=woo["date"],
            status=f"wc-{woo['status']}" if woo["status"] == "completed" else woo["status"],
            cart_discount=woo["discount_total"],
            order_discount="0.00",
            order_subtotal=f"{subtotal:.2f}",
            payment_method_title=woo["payment_method"].capitalize(),
            customer_email=woo["billing_email"],
            billing_phone=f"'{woo['billing_phone']}" if woo["billing_phone"] else "",
            wt_import_key=woo["order_number"],
            shipping_items=f"items:{items[0]['name']} &times; {items[0]['quantity']}"
            f"|method_id:flat_rate|method_title:{woo['shipping_method']}"
            f"|total:{woo['shipping_total']}",
            tax_items=woo["tax_items"],
            coupon_items=woo["coupon_items"],
            order_notes=woo["order_notes"],
            download_permissions=woo["download_permissions_granted"],
        )
        for n, item in enumerate(items, start=1):
            row[f"line_item_{n}"] = _item(item)
        rows.append(row)
    with (HERE / "webtoffee_orders.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=HEADER)
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    main()
