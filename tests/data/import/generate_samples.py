"""Writes the sample import files in this folder (run it to regenerate them).

The files follow the public descriptions of each export: Shopify's order export (one row
per line item, order columns on the first row, ``Tax 1 Name`` naming the rate), the
WooCommerce Customer/Order/Coupon Export default layout (``line_items`` pipe-delimited,
amounts without VAT) and its one-row-per-item layout, and our own CSV and JSON formats
(docs/formats.md). Amounts are computed here so every total in the files adds up.
"""

from __future__ import annotations

import csv
import io
import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).parent
CENT = Decimal("0.01")

SHOPIFY_HEADER = (
    "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,"
    "Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,"
    "Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,"
    "Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,"
    "Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,Billing City,"
    "Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,"
    "Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,"
    "Shipping Province,Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,"
    "Payment Method,Payment Reference,Refunded Amount,Vendor,Outstanding Balance,Employee,"
    "Location,Device ID,Id,Tags,Risk Level,Source,Lineitem discount,Tax 1 Name,Tax 1 Value,"
    "Tax 2 Name,Tax 2 Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,Tax 4 Value,Tax 5 Name,"
    "Tax 5 Value,Phone,Receipt Number,Duties,Billing Province Name,Shipping Province Name,"
    "Payment ID,Payment Terms Name,Next Payment Due At,Payment References"
).split(",")

WOO_HEADER = (
    "order_id,order_number,order_number_formatted,date,status,shipping_total,"
    "shipping_tax_total,fee_total,fee_tax_total,tax_total,discount_total,order_total,"
    "refunded_total,order_currency,payment_method,shipping_method,customer_id,"
    "billing_first_name,billing_last_name,billing_company,billing_email,billing_phone,"
    "billing_address_1,billing_address_2,billing_postcode,billing_city,billing_state,"
    "billing_country,shipping_first_name,shipping_last_name,shipping_address_1,"
    "shipping_address_2,shipping_postcode,shipping_city,shipping_state,shipping_country,"
    "shipping_company,customer_note,line_items,shipping_items,fee_items,tax_items,"
    "coupon_items,refunds,order_notes,download_permissions_granted"
).split(",")

WOO_ITEM_HEADER = [
    c for c in WOO_HEADER[: WOO_HEADER.index("line_items")] if c != "order_number_formatted"
] + [
    "item_id",
    "item_product_id",
    "item_name",
    "item_sku",
    "item_quantity",
    "item_subtotal",
    "item_subtotal_tax",
    "item_total",
    "item_total_tax",
    "item_refunded",
    "item_refunded_qty",
    "item_meta",
    "shipping_items",
    "fee_items",
    "tax_items",
    "coupon_items",
    "order_notes",
    "download_permissions_granted",
]

# sku, GTIN body (12 digits), name, price with VAT, VAT %, exception category, category
_CATALOGUE = (
    ("MER-0003-M", "641708400003", "Merino T-paita M", "39.90", "25.5", "none", "clothing"),
    ("VIL-0006", "641708400006", "Villasukat", "14.90", "25.5", "none", "clothing"),
    ("KEI-0009", "641708400009", "Keittokirja Arki", "29.90", "13.5", "none", "books"),
    ("ROM-0010", "641708400010", "Romaani Kesäyö", "24.90", "13.5", "none", "books"),
    ("KUU-0011", "641708400011", "Kuulokkeet BT", "99.00", "25.5", "none", "electronics"),
    ("HAM-0013", "641708400013", "Sähköhammasharja", "59.00", "25.5", "sealed_hygiene", "hygiene"),
    ("AIK-0018", "641708400018", "Aikakauslehti", "9.90", "10", "newspaper", "press"),
    ("PIP-0019", "641708400019", "Pipo", "24.90", "25.5", "none", "clothing"),
)


def s10(serial: str) -> str:
    """A UPU S10 tracking number ``JJ<serial><check>FI``."""
    total = sum(int(d) * w for d, w in zip(serial, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
    check = 11 - total % 11
    check = 0 if check == 10 else 5 if check == 11 else check
    return f"JJ{serial}{check}FI"


def gtin13(body12: str) -> str:
    """The EAN-13 with its check digit."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body12))
    return body12 + str((10 - total % 10) % 10)


PRODUCTS = tuple((sku, gtin13(body), *rest) for sku, body, *rest in _CATALOGUE)


def pct(rate: Decimal) -> str:
    """A rate as Shopify prints it: ``25.5``, ``10``."""
    return f"{rate:f}".rstrip("0").rstrip(".") if "." in f"{rate:f}" else f"{rate:f}"


def vat_in(gross: Decimal, rate: Decimal) -> Decimal:
    return (gross * rate / (100 + rate)).quantize(CENT, ROUND_HALF_UP)


def product(sku: str) -> tuple:
    return next(p for p in PRODUCTS if p[0] == sku)


def write_csv(
    path: Path, header: list[str], rows: list[dict], *, delimiter=",", bom=False, encoding="utf-8"
) -> None:
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, header, delimiter=delimiter, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: row.get(k, "") for k in header})
    data = out.getvalue().encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)


def products_csv() -> None:
    rows = [
        {
            "sku": sku,
            "gtin": ean,
            "name": name,
            "unit_price": price.replace(".", ","),
            "vat_rate": vat.replace(".", ","),
            "exception_category": exc,
            "category": cat,
        }
        for sku, ean, name, price, vat, exc, cat in PRODUCTS
    ]
    header = ["sku", "gtin", "name", "unit_price", "vat_rate", "exception_category", "category"]
    write_csv(HERE / "products.csv", header, rows, delimiter=";", bom=True)


def shopify_csv() -> None:
    orders = [
        {
            "Name": "#1001",
            "Email": "aino.virtanen@example.fi",
            "created": "2026-03-02 14:12:45 +0200",
            "fulfilled": "2026-03-03 09:30:00 +0200",
            "billing": (
                "Aino Virtanen",
                "Mannerheimintie 12 A 5",
                "",
                "Helsinki",
                "'00100",
                "FI",
                "+358401234567",
            ),
            "shipping_method": "Posti SmartPOST",
            "shipping": Decimal("5.90"),
            "lines": [("MER-0003-M", 2, Decimal("0.00")), ("VIL-0006", 1, Decimal("0.00"))],
            "payment": ("Shopify Payments", "c29384756.1"),
        },
        {
            "Name": "#1002",
            "Email": "eino.korhonen@example.fi",
            "created": "2026-03-05 20:01:10 +0200",
            "fulfilled": "2026-03-06 11:15:00 +0200",
            "billing": (
                "Eino Korhonen",
                "Hämeenkatu 3",
                "B 12",
                "Tampere",
                "'33100",
                "FI",
                "+358501112223",
            ),
            "shipping_method": "Matkahuolto Lähellä",
            "shipping": Decimal("5.90"),
            "lines": [("KEI-0009", 1, Decimal("2.99")), ("PIP-0019", 1, Decimal("2.49"))],
            "discount_code": "KEVAT10",
            "payment": ("Klarna", "KL-7781-2291"),
        },
        {
            "Name": "#1003",
            "Email": "helmi.makinen@example.fi",
            "created": "2026-03-06 08:00:00 +0200",
            "cancelled": "2026-03-06 09:00:00 +0200",
            "billing": ("Helmi Mäkinen", "Rantatie 5", "", "Turku", "'20100", "FI", ""),
            "shipping_method": "Posti SmartPOST",
            "shipping": Decimal("5.90"),
            "lines": [("KUU-0011", 1, Decimal("0.00"))],
            "payment": ("Shopify Payments", "c29384799.1"),
        },
        {
            "Name": "#1004",
            "Email": "Matti.Meikalainen@Example.FI",
            "created": "2026-03-08 10:45:00 +0200",
            "billing": (
                "Matti Meikäläinen",
                "Koivukuja 7",
                "as. 2",
                "Oulu",
                "'90100",
                "FI",
                "040 765 4321",
            ),
            "shipping_method": "Posti kotiinkuljetus",
            "shipping": Decimal("12.90"),
            "lines": [("VIL-0006", 3, Decimal("0.00"))],
            "payment": ("MobilePay", "MP-99812"),
        },
        {
            "Name": "#1005",
            "Email": "siiri.lehtonen@example.fi",
            "created": "2026-03-09 16:20:00 +0200",
            "fulfilled": "2026-03-10 08:05:00 +0200",
            "billing": ("Siiri Lehtonen", "Kauppakatu 20", "", "Jyväskylä", "'40100", "FI", ""),
            "shipping_method": "Nouto myymälästä",
            "shipping": Decimal("0.00"),
            "lines": [("AIK-0018", 2, Decimal("0.00"))],
            "payment": ("Shopify Payments", "c29385001.1"),
        },
    ]
    rows = []
    for o in orders:
        taxes: dict[Decimal, Decimal] = {}
        subtotal = Decimal("0.00")
        discount = sum((d for _, _, d in o["lines"]), Decimal("0.00"))
        for sku, qty, disc in o["lines"]:
            _, _, _, price, vat, _, _ = product(sku)
            gross = Decimal(price) * qty - disc
            subtotal += gross
            rate = Decimal(vat)
            taxes[rate] = taxes.get(rate, Decimal("0.00")) + vat_in(gross, rate)
        if o["shipping"]:
            top = max(taxes)
            taxes[top] += vat_in(o["shipping"], top)
        total = subtotal + o["shipping"]
        name, street, street2, city, zip_, country, phone = o["billing"]
        for i, (sku, qty, disc) in enumerate(o["lines"]):
            _, _, pname, price, vat, _, _ = product(sku)
            row = {
                "Name": o["Name"],
                "Lineitem quantity": str(qty),
                "Lineitem name": pname,
                "Lineitem price": price,
                "Lineitem sku": sku,
                "Lineitem requires shipping": "true",
                "Lineitem taxable": "true",
                "Lineitem fulfillment status": "fulfilled" if o.get("fulfilled") else "pending",
                "Lineitem discount": f"{disc:.2f}",
                "Vendor": "Esimerkkikauppa",
            }
            if i == 0:
                tax_cols = {}
                for n, (rate, amount) in enumerate(sorted(taxes.items()), start=1):
                    tax_cols[f"Tax {n} Name"] = f"FI VAT {pct(rate)}%"
                    tax_cols[f"Tax {n} Value"] = f"{amount:.2f}"
                row.update(
                    {
                        "Email": o["Email"],
                        "Financial Status": "paid" if not o.get("cancelled") else "voided",
                        "Paid at": o["created"],
                        "Fulfillment Status": "fulfilled" if o.get("fulfilled") else "unfulfilled",
                        "Fulfilled at": o.get("fulfilled", ""),
                        "Accepts Marketing": "no",
                        "Currency": "EUR",
                        "Subtotal": f"{subtotal:.2f}",
                        "Shipping": f"{o['shipping']:.2f}",
                        "Taxes": f"{sum(taxes.values()):.2f}",
                        "Total": f"{total:.2f}",
                        "Discount Code": o.get("discount_code", ""),
                        "Discount Amount": f"{discount:.2f}",
                        "Shipping Method": o["shipping_method"],
                        "Created at": o["created"],
                        "Billing Name": name,
                        "Billing Street": f"{street} {street2}".strip(),
                        "Billing Address1": street,
                        "Billing Address2": street2,
                        "Billing City": city,
                        "Billing Zip": zip_,
                        "Billing Country": country,
                        "Billing Phone": phone,
                        "Shipping Name": name,
                        "Shipping Street": f"{street} {street2}".strip(),
                        "Shipping Address1": street,
                        "Shipping Address2": street2,
                        "Shipping City": city,
                        "Shipping Zip": zip_,
                        "Shipping Country": country,
                        "Shipping Phone": phone,
                        "Cancelled at": o.get("cancelled", ""),
                        "Payment Method": o["payment"][0],
                        "Payment Reference": o["payment"][1],
                        "Refunded Amount": "0.00",
                        "Outstanding Balance": "0.00",
                        "Id": str(5123456789000 + int(o["Name"][1:])),
                        "Risk Level": "Low",
                        "Source": "web",
                        "Payment References": o["payment"][1],
                        **tax_cols,
                    }
                )
            rows.append(row)
    write_csv(HERE / "shopify_orders.csv", SHOPIFY_HEADER, rows)


def _woo_item(
    item_id: int, sku: str, qty: int, coupon: Decimal = Decimal(0)
) -> tuple[dict, Decimal, Decimal]:
    _, _, name, price, vat, _, _ = product(sku)
    rate = Decimal(vat)
    gross = Decimal(price) * qty
    sub_tax = vat_in(gross, rate)
    sub = gross - sub_tax
    total = (sub * (1 - coupon)).quantize(CENT, ROUND_HALF_UP)
    total_tax = (total * rate / 100).quantize(CENT, ROUND_HALF_UP)
    item = {
        "id": str(item_id),
        "name": name,
        "product_id": str(80 + item_id % 20),
        "sku": sku,
        "quantity": str(qty),
        "subtotal": f"{sub:.2f}",
        "subtotal_tax": f"{sub_tax:.2f}",
        "total": f"{total:.2f}",
        "total_tax": f"{total_tax:.2f}",
        "refunded": "0.00",
        "refunded_qty": "0",
        "meta": "",
    }
    return item, total, total_tax


def _esc(value: str) -> str:
    return value.replace(":", "\\:").replace("|", "\\|").replace(";", "\\;")


def woocommerce_csv() -> None:
    orders = [
        (
            4101,
            "2026-03-02 09:14:00",
            "completed",
            [("PIP-0019", 2)],
            Decimal(0),
            (
                "Lumi",
                "Nieminen",
                "lumi.nieminen@example.fi",
                "+358407001122",
                "Puistokatu 4 C 31",
                "",
                "70100",
                "Kuopio",
                "FI",
            ),
            "paytrail",
            "Posti SmartPOST",
        ),
        (
            4102,
            "2026-03-03 18:40:12",
            "processing",
            [("ROM-0010", 1), ("KUU-0011", 1)],
            Decimal("0.10"),
            (
                "Onni",
                "Salminen",
                "onni.salminen@example.fi",
                "+358445556677",
                "Satamakatu 9",
                "",
                "28100",
                "Pori",
                "FI",
            ),
            "stripe",
            "Matkahuolto Lähellä",
        ),
        (
            4103,
            "2026-03-04 07:00:00",
            "cancelled",
            [("HAM-0013", 1)],
            Decimal(0),
            (
                "Iida",
                "Heikkinen",
                "iida.heikkinen@example.fi",
                "",
                "Asemakatu 2",
                "",
                "53100",
                "Lappeenranta",
                "FI",
            ),
            "paytrail",
            "Posti SmartPOST",
        ),
        (
            4104,
            "2026-03-05 12:30:00",
            "completed",
            [("MER-0003-M", 1)],
            Decimal(0),
            (
                "Veeti",
                "Laine",
                "veeti.laine@example.fi",
                "",
                "Pihlajatie 14",
                "B",
                "65100",
                "Vaasa",
                "FI",
            ),
            "bacs",
            "Posti SmartPOST",
        ),
    ]
    rows, item_rows = [], []
    item_id = 300
    for oid, date, status, lines, coupon, bill, pay, ship in orders:
        first, last, mail, phone, street, street2, postcode, city, country = bill
        items, tax_total, lines_total = [], Decimal(0), Decimal(0)
        for sku, qty in lines:
            item_id += 1
            item, total, total_tax = _woo_item(item_id, sku, qty, coupon)
            if sku == "ROM-0010":
                item["name"] = "Romaani: Kesäyö"  # a colon in a name is escaped
            items.append(item)
            tax_total += total_tax
            lines_total += total
        ship_net, ship_tax = Decimal("4.70"), Decimal("1.20")
        discount = sum(
            (Decimal(i["subtotal"]) - Decimal(i["total"]) for i in items), Decimal("0.00")
        )
        order = {
            "order_id": str(oid),
            "order_number": str(oid),
            "order_number_formatted": str(oid),
            "date": date,
            "status": status,
            "shipping_total": f"{ship_net:.2f}",
            "shipping_tax_total": f"{ship_tax:.2f}",
            "fee_total": "0.00",
            "fee_tax_total": "0.00",
            "tax_total": f"{tax_total + ship_tax:.2f}",
            "discount_total": f"{discount:.2f}",
            "order_total": f"{lines_total + tax_total + ship_net + ship_tax:.2f}",
            "refunded_total": "0.00",
            "order_currency": "EUR",
            "payment_method": pay,
            "shipping_method": ship,
            "customer_id": str(oid % 97),
            "billing_first_name": first,
            "billing_last_name": last,
            "billing_email": mail,
            "billing_phone": phone,
            "billing_address_1": street,
            "billing_address_2": street2,
            "billing_postcode": postcode,
            "billing_city": city,
            "billing_country": country,
            "shipping_first_name": first,
            "shipping_last_name": last,
            "shipping_address_1": street,
            "shipping_address_2": street2,
            "shipping_postcode": postcode,
            "shipping_city": city,
            "shipping_country": country,
            "shipping_items": f"id:{oid}9|method_id:flat_rate|method_title:{ship}|total:4.70",
            "tax_items": "id:1|rate_id:1|code:FI-ALV-1|title:ALV|total:"
            f"{tax_total + ship_tax:.2f}|compound:",
            "coupon_items": f"code:kevat10|amount:{discount:.2f}" if coupon else "",
            "order_notes": "Order status changed from Pending payment to Processing.",
            "download_permissions_granted": "1",
        }
        order["line_items"] = ";".join(
            "|".join(f"{k}:{_esc(v)}" for k, v in item.items()) for item in items
        )
        rows.append(order)
        for item in items:
            item_rows.append(
                {
                    **order,
                    **{f"item_{k}": v for k, v in item.items() if k not in ("id", "product_id")},
                    "item_id": item["id"],
                    "item_product_id": item["product_id"],
                }
            )
    write_csv(HERE / "woocommerce_orders.csv", WOO_HEADER, rows)
    write_csv(HERE / "woocommerce_orders_one_row_per_item.csv", WOO_ITEM_HEADER, item_rows)


OURS_HEADER = [
    "order_number",
    "ordered_at",
    "customer_name",
    "customer_email",
    "customer_phone",
    "street",
    "postal_code",
    "city",
    "country",
    "language",
    "payment_method",
    "payment_reference",
    "delivery_method",
    "delivery_price",
    "cheapest_delivery_price",
    "tracking_number",
    "carrier",
    "delivered_on",
    "sku",
    "gtin",
    "product_name",
    "quantity",
    "unit_price",
    "line_discount",
    "vat_rate",
]


def ours() -> None:
    orders = [
        {
            "order_number": "20001",
            "ordered_at": "2026-02-10 12:05",
            "customer_name": "Elli Mäkelä",
            "customer_email": "elli.makela@example.fi",
            "customer_phone": "+358401230001",
            "street": "Väinämöisenkatu 3 A 1",
            "postal_code": "40100",
            "city": "Jyväskylä",
            "country": "FI",
            "language": "fi",
            "payment_method": "paytrail_bank",
            "payment_reference": "PT-2026-0001",
            "delivery_method": "Posti kotiinkuljetus",
            "delivery_price": "12,90",
            "cheapest_delivery_price": "5,90",
            "lines": [
                ("MER-0003-M", 1, "39,90", "", "25,5", "JJ473124829FI", "posti", "12.2.2026"),
                ("KEI-0009", 1, "29,90", "", "13,5", "JJ473124829FI", "posti", "12.2.2026"),
                ("VIL-0006", 2, "14,90", "2,98", "25,5", s10("12345678"), "posti", "16.2.2026"),
            ],
        },
        {
            "order_number": "20002",
            "ordered_at": "11.2.2026 klo 9.30",
            "customer_name": "Väinö Järvinen",
            "customer_email": "vaino.jarvinen@example.fi",
            "customer_phone": "",
            "street": "Yliopistonkatu 8",
            "postal_code": "20100",
            "city": "Turku",
            "country": "FI",
            "language": "",
            "payment_method": "card",
            "payment_reference": "CARD-88213",
            "delivery_method": "Nouto myymälästä",
            "delivery_price": "0,00",
            "cheapest_delivery_price": "",
            "lines": [("HAM-0013", 1, "59,00", "", "", "", "", "11.2.2026")],
        },
    ]
    rows = []
    for o in orders:
        for i, (sku, qty, price, disc, vat, tracking, carrier, delivered) in enumerate(o["lines"]):
            p = product(sku)
            row = (
                {k: v for k, v in o.items() if k != "lines"}
                if i == 0
                else {"order_number": o["order_number"]}
            )
            row.update(
                {
                    "sku": sku,
                    "gtin": p[1],
                    "product_name": p[2],
                    "quantity": str(qty),
                    "unit_price": price,
                    "line_discount": disc,
                    "vat_rate": vat,
                    "tracking_number": tracking,
                    "carrier": carrier,
                    "delivered_on": delivered,
                }
            )
            rows.append(row)
    write_csv(HERE / "orders.csv", OURS_HEADER, rows, delimiter=";", bom=True)
    document = {
        "format": "returns-desk-orders",
        "version": 1,
        "orders": [
            {
                "order_number": "30001",
                "ordered_at": "2026-02-20T10:15:00+02:00",
                "customer": {
                    "name": "Sofia Koskinen",
                    "email": "sofia.koskinen@example.fi",
                    "phone": "+358449870001",
                    "street": "Kirkkokatu 1",
                    "postal_code": "90100",
                    "city": "Oulu",
                    "country": "FI",
                    "language": "fi",
                },
                "payment_method": "mobilepay",
                "payment_reference": "MP-30001",
                "delivery_method": "Posti SmartPOST",
                "delivery_price": 5.90,
                "lines": [
                    {
                        "sku": "KUU-0011",
                        "gtin": "6417084000118",
                        "name": "Kuulokkeet BT",
                        "quantity": 1,
                        "unit_price": 99.00,
                        "vat_rate": 25.5,
                    },
                    {
                        "sku": "ROM-0010",
                        "name": "Romaani Kesäyö",
                        "quantity": 2,
                        "unit_price": "24,90",
                        "discount": "4,98",
                        "vat_rate": "13,5",
                    },
                ],
                "shipments": [
                    {
                        "tracking_number": s10("00000001"),
                        "carrier": "posti",
                        "shipped_at": "2026-02-21T08:00:00+02:00",
                        "delivered_on": "2026-02-23",
                    },
                ],
            },
            {
                "order_number": "30002",
                "ordered_at": "2026-02-22",
                "customer": {
                    "name": "Leo Heinonen",
                    "email": "leo.heinonen@example.fi",
                    "street": "Asemakatu 10",
                    "postal_code": "15110",
                    "city": "Lahti",
                },
                "consumer_informed": False,
                "lines": [{"sku": "PIP-0019", "quantity": 1, "unit_price": 24.90}],
            },
        ],
    }
    (HERE / "orders.json").write_text(
        json.dumps(document, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8"
    )


def main() -> None:
    """Write every sample."""
    products_csv()
    shopify_csv()
    woocommerce_csv()
    ours()


if __name__ == "__main__":
    main()
