"""The facilitator's workplace: caseload, review, dashboard."""
