import pandas as pd

balances = pd.DataFrame(
    {
        "date": pd.to_datetime(
            ["2024-03-29", "2024-03-31", "2024-04-30", "2024-06-30", "2024-07-01", "2024-09-30"]
        ),
        "balance": [1200.0, 1250.0, 1190.0, 1400.0, 1380.0, 1510.0],
    }
)
next_day = balances["date"] + pd.Timedelta(days=1)
quarter_end = balances[(next_day.dt.day == 1) & next_day.dt.month.isin([1, 4, 7, 10])]
