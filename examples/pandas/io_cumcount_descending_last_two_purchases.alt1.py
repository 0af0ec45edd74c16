import pandas as pd

purchases = pd.DataFrame(
    {
        "customer": ["ana", "ben", "ana", "ana", "ben", "cai", "ana"],
        "date": pd.to_datetime(
            [
                "2024-01-03",
                "2024-01-05",
                "2024-02-10",
                "2024-03-01",
                "2024-03-02",
                "2024-03-05",
                "2024-04-12",
            ]
        ),
    }
)
last_two = purchases.groupby("customer").tail(2).index
purchases["recent"] = purchases.index.isin(last_two)
