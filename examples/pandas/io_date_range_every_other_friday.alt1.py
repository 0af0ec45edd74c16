import pandas as pd

paydates = pd.DatetimeIndex(
    [pd.Timestamp("2024-01-05") + pd.Timedelta(weeks=2 * k) for k in range(13)]
)
paydates = paydates[paydates <= pd.Timestamp("2024-03-31")]
