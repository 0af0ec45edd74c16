import pandas as pd

sales = pd.DataFrame(
    {
        "date": pd.to_datetime(
            ["2024-12-27", "2024-12-29", "2024-12-30", "2025-01-02", "2025-01-05", "2025-01-06"]
        ),
        "amount": [120.0, 80.0, 50.0, 70.0, 30.0, 90.0],
    }
)
sales["year"] = sales["date"].dt.strftime("%G").astype(int)
sales["week"] = sales["date"].dt.strftime("%V").astype(int)
weekly = sales.groupby(["year", "week"])["amount"].sum()
