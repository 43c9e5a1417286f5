"""Notifications: what happened to a person's matches, groups and consultations."""
