# /// example
# task = """
# Serialise the station table `stations` to JSON text `stations_json` with the Table Schema \
# orientation (`orient="table"`: a JSON object whose `schema` key stores the column types next \
# to the data), leaving the \
# row index out, then read it back with `pandas.read_json` into `restored`. `restored` must have \
# the same columns and values as `stations`, rows in the same order (numbers equal within float \
# tolerance)."""
# prompt = """
# I want to ship my `stations` table (station id, lat, lon, elevation, temperature) as JSON that \
# carries its own schema, so I'm using the `orient="table"` format (the types go under a \
# `schema` key). Produce the JSON string \
# `stations_json` (the row index isn't needed, leave it out) and show me that it reads back into \
# a DataFrame `restored` with the same columns and values, rows in the same order."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { stations = 'stations' }
# checks = [
#     'isinstance(stations_json, str) and "schema" in __import__("json").loads(stations_json)',
#     'list(restored.columns) == list(stations.columns) and len(restored) == len(stations)',
#     'restored["station"].tolist() == stations["station"].tolist()',
#     'np.allclose(restored[["lat", "lon", "elevation_m", "temperature"]].to_numpy(dtype=float), stations[["lat", "lon", "elevation_m", "temperature"]].to_numpy(dtype=float), equal_nan=True)',
# ]
# difficulty = 'intermediate'
# tags = ['file-io', 'data-types']
# edge_cases = true
# ///
import io

import pandas as pd

# orient="table" writes a Table Schema block with each column's type; index=False leaves the index out
stations_json = stations.to_json(orient="table", index=False)
restored = pd.read_json(io.StringIO(stations_json), orient="table")
