"""Bulk data: the import and export format, and the demo marketplace loaded through it."""
