"""Sign-up, sign-in, password reset and the account page."""
