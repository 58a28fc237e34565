"""Parley: who said what about whom in international politics, from the daily news."""

__version__ = "0.1.0"
