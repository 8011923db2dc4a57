"""The headquarters server: accounts, the per-organization change feed, and reports."""
