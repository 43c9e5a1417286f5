"""Main blueprint."""
