import pandas as pd

obs = pd.DataFrame(
    {
        "date": ["2024-03-01", "2024-03-01", "2024-03-02", "2024-03-02"],
        "city": ["bonn", "koln", "bonn", "koln"],
        "tmax": [13.0, 12.4, 10.1, 9.8],
        "tmin": [4.2, 3.1, 0.3, -0.5],
    }
)
wide = obs.set_index(["date", "city"]).unstack("city")
wide.columns = wide.columns.map("_".join)
