import numpy as np
import pandas as pd
from pandas.tseries.offsets import CustomBusinessDay

holidays = pd.to_datetime(["2024-03-29", "2024-04-01", "2024-05-01", "2024-05-20"])
lab_day = CustomBusinessDay(holidays=holidays)

workdays = pd.date_range(sensor.index.min(), sensor.index.max(), freq=lab_day)
working = sensor.loc[np.isin(sensor.index, workdays)]

# the offset's numpy calendar shifts all dates at once; roll="backward" matches pandas' rule
reading_days = sensor.index.to_numpy().astype("datetime64[D]")
report_due = pd.DatetimeIndex(
    np.busday_offset(reading_days, 3, roll="backward", busdaycal=lab_day.calendar)
)
