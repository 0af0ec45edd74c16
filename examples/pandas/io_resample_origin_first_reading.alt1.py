import pandas as pd

flow = pd.Series(
    [3.0, 4.0, 2.0, 5.0, 6.0, 1.0],
    index=pd.to_datetime(
        [
            "2024-07-01 09:03",
            "2024-07-01 09:08",
            "2024-07-01 09:13",
            "2024-07-01 09:16",
            "2024-07-01 09:24",
            "2024-07-01 09:33",
        ]
    ),
    name="litres",
)
first = flow.index[0]
bin_start = first + (flow.index - first).floor("10min")
per_10min = flow.groupby(bin_start).sum()
