# /// example
# task = """
# The lab works Monday to Friday except on the public holidays in `holidays` (2024-03-29, \
# 2024-04-01, 2024-05-01 and 2024-05-20). Build the working-day calendar over the span of \
# `sensor` with `pd.bdate_range(..., freq="C", holidays=holidays)` into `workdays`, keep the \
# readings taken on working days in `working`, and compute for every reading the date its lab \
# report is due, three working days later, with `pd.offsets.CustomBusinessDay` into `report_due` \
# (a DatetimeIndex aligned with `sensor`)."""
# prompt = """
# Our lab works Monday to Friday but is closed on the public holidays in `holidays`: 2024-03-29, \
# 2024-04-01, 2024-05-01 and 2024-05-20. Over the date span of `sensor`, give me the working days \
# in `workdays`, the readings taken on working days in `working`, and for every reading the due \
# date of its lab report, three working days later, as a DatetimeIndex `report_due` aligned with \
# `sensor`."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { sensor = 'sensor' }
# checks = [
#     'sorted(pd.to_datetime(holidays).strftime("%Y-%m-%d")) == ["2024-03-29", "2024-04-01", "2024-05-01", "2024-05-20"]',
#     'np.array_equal(workdays.to_numpy().astype("datetime64[D]"), [d for d in np.arange(sensor.index.min().to_datetime64().astype("datetime64[D]"), sensor.index.max().to_datetime64().astype("datetime64[D]") + 1) if np.is_busday(d, holidays=pd.to_datetime(holidays).to_numpy().astype("datetime64[D]"))])',
#     'working.equals(sensor[np.is_busday(sensor.index.to_numpy().astype("datetime64[D]"), holidays=pd.to_datetime(holidays).to_numpy().astype("datetime64[D]"))])',
#     'len(report_due) == len(sensor)',
#     # pandas rolls a non-working start day back before counting, like numpy with roll="backward"
#     'np.array_equal(pd.DatetimeIndex(report_due).to_numpy().astype("datetime64[D]"), np.busday_offset(sensor.index.to_numpy().astype("datetime64[D]"), 3, roll="backward", holidays=pd.to_datetime(holidays).to_numpy().astype("datetime64[D]")))',
# ]
# difficulty = 'intermediate'
# tags = ['datetime', 'time-series', 'row-selection']
# edge_cases = true
# ///
import pandas as pd

holidays = ["2024-03-29", "2024-04-01", "2024-05-01", "2024-05-20"]

# freq="C" makes bdate_range use a custom business-day calendar that honours the holidays
workdays = pd.bdate_range(sensor.index.min(), sensor.index.max(), freq="C", holidays=holidays)
working = sensor[sensor.index.isin(workdays)]

# a custom calendar offset is not vectorised: apply it date by date with map (no PerformanceWarning)
due_offset = pd.offsets.CustomBusinessDay(n=3, holidays=holidays)
report_due = sensor.index.map(lambda day: day + due_offset)
