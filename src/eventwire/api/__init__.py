"""The HTTP API and the analyst dashboard: a thin edge over Pipeline and the store.

    from eventwire.api import ApiSettings, create_app
    app = create_app(ApiSettings(db="events.duckdb", token="s3cret"))
"""

from .app import ApiSettings, create_app

__all__ = ["ApiSettings", "create_app"]
