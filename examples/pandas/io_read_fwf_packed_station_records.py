# /// example
# task = """
# The string `raw` below holds fixed-width station records with no separators: characters 0-5 are \
# the station id, 6-13 the date as YYYYMMDD, 14-17 the maximum temperature and 18-21 the minimum \
# temperature, both in tenths of a degree. Read it into `obs` with columns `station`, `date` \
# (datetime64), `tmax` and `tmin` in degrees (float).
#
# ```text
# KOLN012024030101240031
# KOLN01202403020098-005
# BONN022024030101300042
# ```
#
# Wanted `obs`:
#
# ```text
#   station       date  tmax  tmin
# 0  KOLN01 2024-03-01  12.4   3.1
# 1  KOLN01 2024-03-02   9.8  -0.5
# 2  BONN02 2024-03-01  13.0   4.2
# ```"""
# prompt = """
# Our weather logger writes packed lines like these (I have them in a string `raw`): 6 chars \
# station id, 8 chars date YYYYMMDD, then 4 chars max and 4 chars min temperature in tenths of a \
# degree. How do I turn it into a DataFrame `obs` with `station`, a real datetime `date`, and \
# `tmax`/`tmin` in degrees?
#
# ```text
# KOLN012024030101240031
# KOLN01202403020098-005
# BONN022024030101300042
# ```
#
# This is what I want:
#
# ```text
#   station       date  tmax  tmin
# 0  KOLN01 2024-03-01  12.4   3.1
# 1  KOLN01 2024-03-02   9.8  -0.5
# 2  BONN02 2024-03-01  13.0   4.2
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'obs["station"].tolist() == ["KOLN01", "KOLN01", "BONN02"]',
#     'pd.api.types.is_datetime64_any_dtype(obs["date"]) and list(obs["date"]) == [pd.Timestamp("2024-03-01"), pd.Timestamp("2024-03-02"), pd.Timestamp("2024-03-01")]',
#     'np.allclose(obs["tmax"].to_numpy(dtype=float), [12.4, 9.8, 13.0])',
#     'np.allclose(obs["tmin"].to_numpy(dtype=float), [3.1, -0.5, 4.2])',
# ]
# difficulty = 'intermediate'
# tags = ['file-io', 'parsing', 'datetime']
# ///
import io

import pandas as pd

raw = """KOLN012024030101240031
KOLN01202403020098-005
BONN022024030101300042
"""
# colspecs are half-open [start, end) character ranges; the date stays text until to_datetime
obs = pd.read_fwf(
    io.StringIO(raw),
    colspecs=[(0, 6), (6, 14), (14, 18), (18, 22)],
    names=["station", "date", "tmax", "tmin"],
    dtype={"date": str},
)
obs["date"] = pd.to_datetime(obs["date"], format="%Y%m%d")
obs[["tmax", "tmin"]] = obs[["tmax", "tmin"]] / 10
