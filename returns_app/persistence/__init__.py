"""Database access: SQLAlchemy models, the unit of work and migrations."""
