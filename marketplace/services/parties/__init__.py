"""Parties: community groups, providers, the places they are in, the facilitators who cover them."""
