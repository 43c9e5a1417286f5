"""Listings: needs and offers posted, edited, searched, and created once per form."""
