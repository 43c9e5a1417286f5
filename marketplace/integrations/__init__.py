"""Your account's API tokens and webhooks, as pages (the API itself lives in marketplace.api)."""
