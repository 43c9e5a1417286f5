"""Matches: the proposal, the decisions, the work, its outcome."""
