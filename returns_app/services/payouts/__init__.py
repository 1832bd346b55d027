"""Payouts: the money of issued refunds paid out through Paytrail or by bank transfer."""
