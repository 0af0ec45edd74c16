import numpy as np
import pandas as pd

trades = pd.DataFrame(
    {
        "time": pd.to_datetime(
            [
                "2024-05-02 09:30:01",
                "2024-05-02 09:30:02",
                "2024-05-02 09:30:05",
                "2024-05-02 09:30:08",
            ]
        ),
        "ticker": ["AAPL", "MSFT", "AAPL", "MSFT"],
        "qty": [100, 50, 20, 10],
    }
)
quotes = pd.DataFrame(
    {
        "time": pd.to_datetime(
            [
                "2024-05-02 09:30:00",
                "2024-05-02 09:30:01",
                "2024-05-02 09:30:03",
                "2024-05-02 09:30:05",
            ]
        ),
        "ticker": ["AAPL", "MSFT", "AAPL", "MSFT"],
        "bid": [189.90, 402.10, 190.05, 402.40],
    }
)

bids = []
for trade in trades.itertuples():
    earlier = quotes[(quotes["ticker"] == trade.ticker) & (quotes["time"] <= trade.time)]
    recent = earlier[trade.time - earlier["time"] <= pd.Timedelta(seconds=2)]
    bids.append(recent["bid"].iloc[-1] if len(recent) else np.nan)
matched = trades.assign(bid=bids)
