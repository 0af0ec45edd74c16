import pandas as pd

closing = pd.Series(
    [101.2, 102.5, 100.9, 103.1],
    index=pd.to_datetime(["2024-03-06", "2024-03-07", "2024-03-08", "2024-03-11"]),
    name="close",
)
reported = closing.set_axis(closing.index + pd.offsets.BDay(1))
