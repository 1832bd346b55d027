"""Customer e-mails: written to an outbox with the change they report, sent exactly once."""
