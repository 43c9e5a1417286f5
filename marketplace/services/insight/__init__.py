"""Insight: what the marketplace achieved, and the demand nobody serves."""
