"""Offers blueprint."""
