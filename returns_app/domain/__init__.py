"""Domain rules: pure functions and small dataclasses (no clock, no database)."""
