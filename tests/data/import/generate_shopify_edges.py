"""Writes shopify_refunds_and_taxes.csv: Shopify exports with the edges real shops produce.

A named tax line of 0.00 (an order the shop did not tax), Finnish VAT beside one, orders
refunded partly or wholly in the shop, and a voided payment. Same header as
shopify_orders.csv. Run from the repository root.
"""

import csv
from pathlib import Path

src = Path("tests/data/import/shopify_orders.csv")
header = [*next(csv.reader(src.open(encoding="utf-8"))), "Delivered at"]
rows = []


def order(
    name,
    email,
    status,
    total,
    subtotal,
    shipping,
    taxes,
    lines,
    taxes_named,
    refunded="0.00",
    fulfilled="2026-03-12 09:30:00 +0200",
    delivered="",
    method="Posti SmartPOST",
    country="FI",
    city="Helsinki",
    zip_="'00100",
    street="Mannerheimintie 12 A 5",
    buyer="Aino Virtanen",
    phone="'+358401234567",
    created="2026-03-11 14:12:45 +0200",
):
    for i, (qty, name_, price, sku) in enumerate(lines):
        r = {h: "" for h in header}
        r.update(
            {
                "Name": name,
                "Lineitem quantity": str(qty),
                "Lineitem name": name_,
                "Lineitem price": price,
                "Lineitem sku": sku,
                "Lineitem requires shipping": "true",
                "Lineitem taxable": "true",
                "Lineitem fulfillment status": "fulfilled",
                "Vendor": "Esimerkkikauppa",
                "Lineitem discount": "0.00",
            }
        )
        if i == 0:
            r.update(
                {
                    "Email": email,
                    "Financial Status": status,
                    "Paid at": created,
                    "Fulfillment Status": "fulfilled",
                    "Fulfilled at": fulfilled,
                    "Delivered at": delivered,
                    "Accepts Marketing": "no",
                    "Currency": "EUR",
                    "Subtotal": subtotal,
                    "Shipping": shipping,
                    "Taxes": taxes,
                    "Total": total,
                    "Discount Amount": "0.00",
                    "Shipping Method": method,
                    "Created at": created,
                    "Billing Name": buyer,
                    "Billing Street": street,
                    "Billing Address1": street,
                    "Billing City": city,
                    "Billing Zip": zip_,
                    "Billing Country": country,
                    "Billing Phone": phone,
                    "Shipping Name": buyer,
                    "Shipping Street": street,
                    "Shipping Address1": street,
                    "Shipping City": city,
                    "Shipping Zip": zip_,
                    "Shipping Country": country,
                    "Shipping Phone": phone,
                    "Payment Method": "Shopify Payments",
                    "Payment Reference": f"c{name[1:]}.1",
                    "Refunded Amount": refunded,
                    "Outstanding Balance": "0.00",
                    "Risk Level": "Low",
                    "Source": "web",
                    "Payment References": f"c{name[1:]}.1",
                    "Id": f"51234567{name[1:]}",
                }
            )
            for k, (tn, tv) in enumerate(taxes_named, start=1):
                r[f"Tax {k} Name"], r[f"Tax {k} Value"] = tn, tv
        rows.append(r)


# UK customer: the shop charged no VAT; its tax line names GB VAT 20% with 0.00
order(
    "#2001",
    "oliver.smith@example.co.uk",
    "paid",
    "47.80",
    "39.90",
    "7.90",
    "0.00",
    [(1, "Merino T-paita M", "39.90", "MER-0003-M")],
    [("GB VAT 20%", "0.00")],
    country="GB",
    city="London",
    zip_="SW1A 1AA",
    street="10 Downing Street",
    buyer="Oliver Smith",
    phone="+447700900123",
)
# Finnish VAT charged beside a named 0.00 tax line
order(
    "#2002",
    "eino.korhonen@example.fi",
    "paid",
    "60.70",
    "54.80",
    "5.90",
    "12.33",
    [(1, "Merino T-paita M", "39.90", "MER-0003-M"), (1, "Villasukat", "14.90", "VIL-0006")],
    [("GST 10%", "0.00"), ("FI VAT 25.5%", "12.33")],
    buyer="Eino Korhonen",
    delivered="2026-03-16 15:20:00 +0200",
    street="Hämeenkatu 3",
    city="Tampere",
    zip_="'33100",
)
# Partly refunded in the shop already
order(
    "#2003",
    "helmi.makinen@example.fi",
    "partially_refunded",
    "85.70",
    "79.80",
    "5.90",
    "17.43",
    [(2, "Merino T-paita M", "39.90", "MER-0003-M")],
    [("FI VAT 25.5%", "17.43")],
    refunded="39.90",
    buyer="Helmi Mäkinen",
    street="Rantatie 5",
    city="Turku",
    zip_="'20100",
)
# Refunded in full in the shop
order(
    "#2004",
    "siiri.lehtonen@example.fi",
    "refunded",
    "20.80",
    "14.90",
    "5.90",
    "4.24",
    [(1, "Villasukat", "14.90", "VIL-0006")],
    [("FI VAT 25.5%", "4.24")],
    refunded="20.80",
    buyer="Siiri Lehtonen",
    street="Kauppakatu 2",
    city="Oulu",
    zip_="'90100",
)
# The payment was voided (not cancelled as an order)
order(
    "#2005",
    "matti.meikalainen@example.fi",
    "voided",
    "45.80",
    "39.90",
    "5.90",
    "9.33",
    [(1, "Merino T-paita M", "39.90", "MER-0003-M")],
    [("FI VAT 25.5%", "9.33")],
    buyer="Matti Meikäläinen",
    street="Koivukuja 7 as. 2",
    city="Espoo",
    zip_="'02100",
)
with open(
    "tests/data/import/shopify_refunds_and_taxes.csv", "w", encoding="utf-8", newline=""
) as f:
    w = csv.DictWriter(f, fieldnames=header)
    w.writeheader()
    w.writerows(rows)
