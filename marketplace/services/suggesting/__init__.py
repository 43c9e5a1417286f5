"""Suggesting: rows into the matching engine and its prepared suggestions back out."""
