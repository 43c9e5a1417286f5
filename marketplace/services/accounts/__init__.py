"""Accounts: people, their passwords and phones, their personal data, who looked at what."""
