"""Scorers for the gold formats users bring; each returns a report with a rich table."""
