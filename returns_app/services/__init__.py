"""Use cases: one function per verb, one transaction each, frozen DTOs out."""
