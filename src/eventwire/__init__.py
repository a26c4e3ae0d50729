"""eventwire: news articles in, auditable political event data out."""

__version__ = "0.1.0"
