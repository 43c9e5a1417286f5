"""Exports blueprint."""
