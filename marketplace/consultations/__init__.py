"""Consultations between a group and its facilitator."""
