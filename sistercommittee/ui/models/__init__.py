"""Table models fed from the service queries."""
