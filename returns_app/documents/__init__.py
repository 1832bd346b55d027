"""Documents: data in, PDF (or ZPL) bytes out."""
