import pandas as pd

sales = pd.DataFrame(
    {
        "store": ["s1", "s2", "s1", "s2"],
        "day": pd.to_datetime(["2024-07-01", "2024-07-01", "2024-07-03", "2024-07-02"]),
        "units": [4, 2, 7, 1],
    }
)
wide = sales.pivot(index="day", columns="store", values="units").asfreq("D")
complete = (
    wide.fillna(0)
    .astype(int)
    .melt(ignore_index=False, value_name="units")
    .reset_index()
    .sort_values(["store", "day"], ignore_index=True)[["store", "day", "units"]]
)
