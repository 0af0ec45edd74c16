import pandas as pd

tickets = pd.DataFrame(
    {
        "id": [1, 2, 3, 4, 5],
        "opened": pd.to_datetime(
            ["2024-01-05", "2024-01-28", "2024-03-02", "2024-04-15", "2024-04-30"]
        ),
    }
)
per_month = tickets.set_index("opened")["id"].resample("MS").count()
per_month.index = per_month.index.to_period("M")
