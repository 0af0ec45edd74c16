# /// example
# task = """
# Build the tables `trades` and `quotes` below (both sorted by `time`) and attach to each trade \
# the latest `bid` of the same `ticker` quoted at or before the trade time, but only if that quote \
# is at most 2 seconds old; otherwise `bid` is NaN. Store the result, in the trades' row order, in \
# `matched`.
#
# ```text
# trades:
#                  time ticker  qty
# 0 2024-05-02 09:30:01   AAPL  100
# 1 2024-05-02 09:30:02   MSFT   50
# 2 2024-05-02 09:30:05   AAPL   20
# 3 2024-05-02 09:30:08   MSFT   10
#
# quotes:
#                  time ticker     bid
# 0 2024-05-02 09:30:00   AAPL  189.90
# 1 2024-05-02 09:30:01   MSFT  402.10
# 2 2024-05-02 09:30:03   AAPL  190.05
# 3 2024-05-02 09:30:05   MSFT  402.40
# ```
#
# Wanted `matched`:
#
# ```text
#                  time ticker  qty     bid
# 0 2024-05-02 09:30:01   AAPL  100  189.90
# 1 2024-05-02 09:30:02   MSFT   50  402.10
# 2 2024-05-02 09:30:05   AAPL   20  190.05
# 3 2024-05-02 09:30:08   MSFT   10     NaN
# ```"""
# prompt = """
# For each row of `trades` I need the last `bid` from `quotes` for the same ticker at or before \
# the trade, ignoring quotes older than 2 seconds (then NaN). Both frames are sorted by time. \
# Result in `matched`:
#
# ```text
# trades:
#                  time ticker  qty
# 0 2024-05-02 09:30:01   AAPL  100
# 1 2024-05-02 09:30:02   MSFT   50
# 2 2024-05-02 09:30:05   AAPL   20
# 3 2024-05-02 09:30:08   MSFT   10
#
# quotes:
#                  time ticker     bid
# 0 2024-05-02 09:30:00   AAPL  189.90
# 1 2024-05-02 09:30:01   MSFT  402.10
# 2 2024-05-02 09:30:03   AAPL  190.05
# 3 2024-05-02 09:30:05   MSFT  402.40
# ```
#
# Expected:
#
# ```text
#                  time ticker  qty     bid
# 0 2024-05-02 09:30:01   AAPL  100  189.90
# 1 2024-05-02 09:30:02   MSFT   50  402.10
# 2 2024-05-02 09:30:05   AAPL   20  190.05
# 3 2024-05-02 09:30:08   MSFT   10     NaN
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     # the AAPL trade at :05 has a quote exactly 2 s old (kept); the MSFT one at :08 only a 3 s old one
#     'np.allclose(matched["bid"].to_numpy(dtype=float), [189.90, 402.10, 190.05, np.nan], equal_nan=True)',
#     'matched["qty"].tolist() == [100, 50, 20, 10] and matched["ticker"].tolist() == ["AAPL", "MSFT", "AAPL", "MSFT"]',
#     'len(matched) == len(trades) and list(matched.columns) == ["time", "ticker", "qty", "bid"]',
# ]
# difficulty = 'advanced'
# tags = ['merging', 'time-series']
# ///
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
# by= matches tickers exactly; tolerance drops quotes more than 2 s before the trade
matched = pd.merge_asof(trades, quotes, on="time", by="ticker", tolerance=pd.Timedelta("2s"))
