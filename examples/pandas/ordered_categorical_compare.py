# /// example
# task = """
# Create an ordered categorical column `band` in `stations` from `elevation_m` (`lowland` below \
# 500 < `upland` below 1500 < `mountain`): pick the labels with `np.select` and wrap them in \
# `pd.Categorical(..., ordered=True)`; then select the stations that are at least `upland` with \
# an ordered comparison into `high_sites`. A station without an elevation gets a missing band."""
# prompt = """
# Create an ordered categorical column `band` in `stations` from `elevation_m`: "lowland" below \
# 500 < "upland" below 1500 < "mountain". Pick the labels with np.select and wrap them in an \
# ordered Categorical with that category order, then select the stations that are at least \
# "upland" with an ordered comparison into `high_sites`. Stations with no elevation should get a \
# missing band."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { stations = 'stations' }
# checks = [
#     'stations["band"].cat.ordered',
#     'list(stations["band"].cat.categories) == ["lowland", "upland", "mountain"]',
#     'len(high_sites) == (stations["elevation_m"] >= 500).sum()',
#     '(stations.loc[stations["band"] == "mountain", "elevation_m"] >= 1500).all()',
#     'stations["band"].isna().equals(stations["elevation_m"].isna())',
#     'np.array_equal(stations["band"].astype(str).to_numpy()[stations["elevation_m"].notna().to_numpy()], np.where(stations["elevation_m"] < 500, "lowland", np.where(stations["elevation_m"] < 1500, "upland", "mountain"))[stations["elevation_m"].notna().to_numpy()])',
# ]
# difficulty = 'intermediate'
# tags = ['categorical', 'recoding', 'row-selection']
# edge_cases = true
# ///
import numpy as np
import pandas as pd

elevation = stations["elevation_m"]
# a missing elevation matches no condition; "" is not a category, so it becomes NaN below
band = np.select(
    [elevation < 500, elevation < 1500, elevation >= 1500],
    ["lowland", "upland", "mountain"],
    default="",
)
stations["band"] = pd.Categorical(band, categories=["lowland", "upland", "mountain"], ordered=True)
high_sites = stations[stations["band"] >= "upland"]
