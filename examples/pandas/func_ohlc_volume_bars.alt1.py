import pandas as pd


def ohlc_bars(ticks, freq):
    """Open/high/low/close of `price` and summed `size` per time bin."""
    bin_start = ticks.index.floor(freq)
    grouped = ticks.groupby(bin_start)
    bars = grouped.agg(
        open=("price", "first"),
        high=("price", "max"),
        low=("price", "min"),
        close=("price", "last"),
        volume=("size", "sum"),
    )
    return bars


ticks = pd.DataFrame(
    {"price": [100.0, 100.4, 99.8, 100.1, 101.0, 100.7], "size": [5, 2, 8, 1, 4, 3]},
    index=pd.to_datetime(
        [
            "2024-05-02 09:30:05",
            "2024-05-02 09:30:40",
            "2024-05-02 09:30:59",
            "2024-05-02 09:31:00",
            "2024-05-02 09:33:10",
            "2024-05-02 09:33:50",
        ]
    ),
)
bars = ohlc_bars(ticks, "1min")
