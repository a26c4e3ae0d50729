"""Parquet dataset partitioned by event month, written by DuckDB (no pyarrow needed).

    DIR/event_month=2023-05/data_0.parquet ...
    duckdb: SELECT * FROM read_parquet('DIR/**/*.parquet', hive_partitioning = true)
    pandas: pd.read_parquet('DIR')     spark: spark.read.parquet('DIR')
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from ..store.query import EventQuery, copy_to_parquet


def write_parquet(con: duckdb.DuckDBPyConnection, directory: Path | str, q: EventQuery = EventQuery()) -> int:
    """Write one row per matching event; returns the number of rows."""
    Path(directory).mkdir(parents=True, exist_ok=True)
    return copy_to_parquet(con, q, str(directory), partition_by_month=True)
