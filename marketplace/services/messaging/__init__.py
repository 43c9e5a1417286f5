"""Messaging: notifications, mail, consultations with a facilitator, reminders."""
