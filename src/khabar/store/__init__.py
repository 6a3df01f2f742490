"""The corpus store: analyzed pages in SQLite (WAL mode, from the standard library), searchable in Devanagari."""
