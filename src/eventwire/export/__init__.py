"""Writers that turn a store's events into files other tools read: a Parquet dataset
partitioned by event month (DuckDB, Spark, pandas), and the column layouts of GDELT 2.0
and POLECAT so existing analysis scripts run unchanged."""

from .gdelt import gdelt_columns, write_gdelt
from .parquet import write_parquet
from .polecat import polecat_columns, write_polecat

__all__ = ["gdelt_columns", "polecat_columns", "write_gdelt", "write_parquet", "write_polecat"]
