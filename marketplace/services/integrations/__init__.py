"""What partner programmes and apps connect with: API tokens and webhooks."""
