"""Needs blueprint."""
