# /// example
# task = """
# Build `shifts` below and add `hours`, the length of each shift in hours (float), and \
# `overtime_h`, the hours beyond 8 (0 for shorter shifts).
#
# ```text
#   worker               start                 end
# 0    ana 2024-02-05 08:00:00 2024-02-05 16:00:00
# 1    ben 2024-02-05 09:30:00 2024-02-05 19:00:00
# 2    cho 2024-02-05 22:00:00 2024-02-06 07:15:00
# 3    dev 2024-02-05 07:45:00 2024-02-05 12:15:00
# ```
#
# Wanted `shifts`:
#
# ```text
#   worker               start                 end  hours  overtime_h
# 0    ana 2024-02-05 08:00:00 2024-02-05 16:00:00   8.00        0.00
# 1    ben 2024-02-05 09:30:00 2024-02-05 19:00:00   9.50        1.50
# 2    cho 2024-02-05 22:00:00 2024-02-06 07:15:00   9.25        1.25
# 3    dev 2024-02-05 07:45:00 2024-02-05 12:15:00   4.50        0.00
# ```"""
# prompt = """
# For payroll I need, for every row of `shifts`, the hours worked as a float (`hours`) and the \
# overtime beyond 8 hours (`overtime_h`, never negative). Some shifts run past midnight:
#
# ```text
#   worker               start                 end
# 0    ana 2024-02-05 08:00:00 2024-02-05 16:00:00
# 1    ben 2024-02-05 09:30:00 2024-02-05 19:00:00
# 2    cho 2024-02-05 22:00:00 2024-02-06 07:15:00
# 3    dev 2024-02-05 07:45:00 2024-02-05 12:15:00
# ```
#
# Expected:
#
# ```text
#   worker               start                 end  hours  overtime_h
# 0    ana 2024-02-05 08:00:00 2024-02-05 16:00:00   8.00        0.00
# 1    ben 2024-02-05 09:30:00 2024-02-05 19:00:00   9.50        1.50
# 2    cho 2024-02-05 22:00:00 2024-02-06 07:15:00   9.25        1.25
# 3    dev 2024-02-05 07:45:00 2024-02-05 12:15:00   4.50        0.00
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'np.allclose(shifts["hours"].to_numpy(dtype=float), [8.0, 9.5, 9.25, 4.5])',
#     # exactly 8 hours gives 0 overtime, a 4.5-hour shift 0 and not -3.5
#     'np.allclose(shifts["overtime_h"].to_numpy(dtype=float), [0.0, 1.5, 1.25, 0.0])',
#     'shifts["worker"].tolist() == ["ana", "ben", "cho", "dev"]',
# ]
# difficulty = 'basic'
# tags = ['datetime', 'derived-columns']
# ///
import pandas as pd

shifts = pd.DataFrame(
    {
        "worker": ["ana", "ben", "cho", "dev"],
        "start": pd.to_datetime(
            ["2024-02-05 08:00", "2024-02-05 09:30", "2024-02-05 22:00", "2024-02-05 07:45"]
        ),
        "end": pd.to_datetime(
            ["2024-02-05 16:00", "2024-02-05 19:00", "2024-02-06 07:15", "2024-02-05 12:15"]
        ),
    }
)
worked = shifts["end"] - shifts["start"]
shifts["hours"] = worked / pd.Timedelta(hours=1)
# anything beyond 8 hours is overtime; shorter shifts have none (not a negative amount)
shifts["overtime_h"] = (worked - pd.Timedelta(hours=8)).clip(lower=pd.Timedelta(0)) / pd.Timedelta(
    hours=1
)
