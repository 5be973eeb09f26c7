"""Data tables: document types, authority prefixes, marks, positions. No logic here."""
