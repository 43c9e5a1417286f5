"""Providers blueprint."""
