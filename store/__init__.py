"""The bottom layer: the SQLite store, its schema, reference data and read queries.

Nothing here imports the feed poller or the dashboard.
"""
