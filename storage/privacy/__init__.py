"""Data leaving the store: exports of contacts, everything about one person, and erasure."""
