"""Import of contacts, interactions and purchases from CSV and vCard files."""
