import pandas as pd

raw = pd.DataFrame(
    {
        "ticket": [1, 2, 3, 4],
        "opened": ["2024-03-05", "March 7, 2024", "2024-03-09 14:30", "11 Mar 2024"],
    }
)
raw["opened"] = raw["opened"].map(pd.Timestamp)
