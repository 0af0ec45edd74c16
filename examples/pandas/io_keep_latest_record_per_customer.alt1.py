import pandas as pd

records = pd.DataFrame(
    {
        "customer_id": [3, 1, 3, 2, 1],
        "email": ["c@old.org", "a@x.org", "c@new.org", "b@x.org", "a@y.org"],
        "updated": pd.to_datetime(
            ["2024-01-05", "2024-02-01", "2024-03-10", "2024-01-20", "2024-01-15"]
        ),
    }
)
newest = records.groupby("customer_id")["updated"].idxmax()
latest = records.loc[newest.to_numpy()].reset_index(drop=True)
