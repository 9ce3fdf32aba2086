"""Hostile feeds and servers for the reliability tests (see docs/RELIABILITY.md)."""
