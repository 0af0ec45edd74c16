# /// example
# task = """
# Flatten the nested instrument records `records` (each has an `id`, a nested `site` dict with \
# `name` and `elevation`, and a `calibration` dict with `date` and `offset`) into a flat \
# DataFrame `flat` with `pd.json_normalize(sep="_")` (columns `id`, `site_name`, \
# `site_elevation`, `calibration_date`, `calibration_offset`), then parse `calibration_date` as \
# datetimes."""
# prompt = """
# I have a list `records` of nested instrument records, each with an `id`, a nested `site` dict \
# (`name`, `elevation`) and a `calibration` dict (`date`, `offset`), e.g. id 1 at north (850 m) \
# calibrated "2024-03-01" with offset 0.2, id 2 at south (12 m) on "2024-03-15" with -0.1, id 3 \
# at east (240 m) on "2024-04-02" with 0.0. Flatten them into a DataFrame `flat` with \
# underscore-joined column names (`id`, `site_name`, `site_elevation`, `calibration_date`, \
# `calibration_offset`) and parse `calibration_date` as datetimes."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'set(flat.columns) == {"id", "site_name", "site_elevation", "calibration_date", "calibration_offset"}',
#     'flat["site_elevation"].tolist() == [record["site"]["elevation"] for record in records]',
#     'flat["calibration_date"].dt.date.tolist() == [pd.Timestamp(record["calibration"]["date"]).date() for record in records]',
# ]
# difficulty = 'intermediate'
# tags = ['file-io', 'nested-data']
# ///
import pandas as pd

records = [
    {
        "id": 1,
        "site": {"name": "north", "elevation": 850},
        "calibration": {"date": "2024-03-01", "offset": 0.2},
    },
    {
        "id": 2,
        "site": {"name": "south", "elevation": 12},
        "calibration": {"date": "2024-03-15", "offset": -0.1},
    },
    {
        "id": 3,
        "site": {"name": "east", "elevation": 240},
        "calibration": {"date": "2024-04-02", "offset": 0.0},
    },
]
# nested keys are joined with sep (default "."), so site -> name becomes the column site_name
flat = pd.json_normalize(records, sep="_")
flat["calibration_date"] = pd.to_datetime(flat["calibration_date"], format="%Y-%m-%d")
