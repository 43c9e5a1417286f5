"""Use-cases. The only code that commits; one commit per use-case."""
