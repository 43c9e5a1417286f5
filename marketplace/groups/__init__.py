"""Groups blueprint."""
