"""Is a scan worth keeping as a parcel code? Misreads are never records.

A code of a known format (return code, tracking number, SSCC, order number) is checked by its
own rules. A code of no known format may still be a carrier's label we have no rule for, so it
is kept only if it looks like one: long enough, letters and digits with the usual separators,
and at least one digit. "a", "ab12" or "x#%&" are a scanner's or a finger's mistake.
"""

from __future__ import annotations

import re

from returns_app.scanning.result import Kind, ScanResult

MIN_UNKNOWN_LENGTH = 6
_LABEL = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-_./ ]*\Z")


def plausible_parcel_code(scan: ScanResult) -> bool:
    """True if ``scan`` may name a parcel: a valid code, or an unknown one shaped like a label."""
    if scan.valid:
        return True
    if scan.kind != Kind.UNKNOWN:
        return False  # a known format that failed its check (a check digit): a misread
    text = scan.value.strip()  # the cleaned input (no control characters, NFKC)
    if len(text) > 200:  # classify keeps one character more than the limit when it is over
        return False
    return (
        len(text) >= MIN_UNKNOWN_LENGTH
        and _LABEL.match(text) is not None
        and any(c.isdigit() for c in text)
    )
