"""Understanding scanned codes (no Qt)."""
