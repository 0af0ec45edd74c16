# /// example
# task = """
# Build the long table `obs` below and pivot it into `wide`: one row per `date` (the index), one \
# column per measure and city named `<measure>_<city>` in the order `tmax_bonn`, `tmax_koln`, \
# `tmin_bonn`, `tmin_koln` (flat column names, no MultiIndex).
#
# ```text
#          date  city  tmax  tmin
# 0  2024-03-01  bonn  13.0   4.2
# 1  2024-03-01  koln  12.4   3.1
# 2  2024-03-02  bonn  10.1   0.3
# 3  2024-03-02  koln   9.8  -0.5
# ```
#
# Wanted `wide`:
#
# ```text
#             tmax_bonn  tmax_koln  tmin_bonn  tmin_koln
# date
# 2024-03-01       13.0       12.4        4.2        3.1
# 2024-03-02       10.1        9.8        0.3       -0.5
# ```"""
# prompt = """
# Pivoting my long `obs` table on city with two value columns gives me a two-level column header. \
# I want flat names like `tmax_bonn` instead, one row per date, in `wide`:
#
# ```text
#          date  city  tmax  tmin
# 0  2024-03-01  bonn  13.0   4.2
# 1  2024-03-01  koln  12.4   3.1
# 2  2024-03-02  bonn  10.1   0.3
# 3  2024-03-02  koln   9.8  -0.5
# ```
#
# Expected:
#
# ```text
#             tmax_bonn  tmax_koln  tmin_bonn  tmin_koln
# date
# 2024-03-01       13.0       12.4        4.2        3.1
# 2024-03-02       10.1        9.8        0.3       -0.5
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(wide.columns) == ["tmax_bonn", "tmax_koln", "tmin_bonn", "tmin_koln"]',
#     # the dates may stay text or be parsed to datetimes: both print as in the block
#     'list(wide.index.astype(str)) == ["2024-03-01", "2024-03-02"]',
#     'np.allclose(wide.to_numpy(dtype=float), [[13.0, 12.4, 4.2, 3.1], [10.1, 9.8, 0.3, -0.5]])',
# ]
# difficulty = 'advanced'
# tags = ['reshaping', 'hierarchical-index']
# ///
import pandas as pd

obs = pd.DataFrame(
    {
        "date": ["2024-03-01", "2024-03-01", "2024-03-02", "2024-03-02"],
        "city": ["bonn", "koln", "bonn", "koln"],
        "tmax": [13.0, 12.4, 10.1, 9.8],
        "tmin": [4.2, 3.1, 0.3, -0.5],
    }
)
wide = obs.pivot(index="date", columns="city", values=["tmax", "tmin"])
# join the (measure, city) pairs of the column MultiIndex into single names
wide.columns = [f"{measure}_{city}" for measure, city in wide.columns]
