import pandas as pd

orders = pd.DataFrame(
    {
        "customer": ["ana", "bo", "ana", "ana", "bo"],
        "date": pd.to_datetime(
            ["2024-02-01", "2024-02-03", "2024-02-11", "2024-03-02", "2024-03-04"]
        ),
    }
)
previous = orders.groupby("customer")["date"].shift()
orders["days_since"] = (orders["date"] - previous) / pd.Timedelta(days=1)
