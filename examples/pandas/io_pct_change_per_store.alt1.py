import pandas as pd

sales = pd.DataFrame(
    {
        "store": ["A", "B", "A", "B", "A", "B"],
        "month": ["2024-01", "2024-01", "2024-02", "2024-02", "2024-03", "2024-03"],
        "revenue": [200.0, 80.0, 250.0, 60.0, 225.0, 90.0],
    }
)
previous = sales.groupby("store")["revenue"].shift(1)
sales["growth_pct"] = ((sales["revenue"] / previous - 1) * 100).round(1)
