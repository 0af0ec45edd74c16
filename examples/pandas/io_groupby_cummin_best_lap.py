# /// example
# task = """
# Build the lap table below as `laps` and add `best_so_far`: each driver's fastest lap time \
# (`seconds`) up to and including the current lap, rows kept in their order.
#
# ```text
#   driver  lap  seconds
# 0    ana    1     92.4
# 1    ben    1     93.1
# 2    ana    2     91.8
# 3    ben    2     93.5
# 4    ana    3     92.0
# 5    ben    3     92.2
# 6    ana    4     91.5
# ```
#
# Wanted `laps`:
#
# ```text
#   driver  lap  seconds  best_so_far
# 0    ana    1     92.4         92.4
# 1    ben    1     93.1         93.1
# 2    ana    2     91.8         91.8
# 3    ben    2     93.5         93.1
# 4    ana    3     92.0         91.8
# 5    ben    3     92.2         92.2
# 6    ana    4     91.5         91.5
# ```"""
# prompt = """
# In my timing table `laps` the drivers' laps are interleaved. I want a `best_so_far` column with \
# each driver's personal best up to that lap:
#
# ```text
#   driver  lap  seconds
# 0    ana    1     92.4
# 1    ben    1     93.1
# 2    ana    2     91.8
# 3    ben    2     93.5
# 4    ana    3     92.0
# 5    ben    3     92.2
# 6    ana    4     91.5
# ```
#
# Expected:
#
# ```text
#   driver  lap  seconds  best_so_far
# 0    ana    1     92.4         92.4
# 1    ben    1     93.1         93.1
# 2    ana    2     91.8         91.8
# 3    ben    2     93.5         93.1
# 4    ana    3     92.0         91.8
# 5    ben    3     92.2         92.2
# 6    ana    4     91.5         91.5
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'np.allclose(laps["best_so_far"].to_numpy(dtype=float), [92.4, 93.1, 91.8, 93.1, 91.8, 92.2, 91.5])',
#     'laps["driver"].tolist() == ["ana", "ben", "ana", "ben", "ana", "ben", "ana"]',
# ]
# difficulty = 'basic'
# tags = ['groupby', 'derived-columns']
# ///
import pandas as pd

laps = pd.DataFrame(
    {
        "driver": ["ana", "ben", "ana", "ben", "ana", "ben", "ana"],
        "lap": [1, 1, 2, 2, 3, 3, 4],
        "seconds": [92.4, 93.1, 91.8, 93.5, 92.0, 92.2, 91.5],
    }
)
# cummin runs within each driver's rows and returns values aligned with the original rows
laps["best_so_far"] = laps.groupby("driver")["seconds"].cummin()
