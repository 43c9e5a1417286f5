"""Curation: what people do with a possible match, from a suggestion to its outcome."""
