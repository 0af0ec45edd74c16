import pandas as pd

orders = pd.DataFrame(
    {
        "customer": ["ana", "bo", "ana", "cy", "bo", "ana"],
        "date": [
            "2024-01-02",
            "2024-01-03",
            "2024-01-09",
            "2024-01-10",
            "2024-01-15",
            "2024-01-20",
        ],
        "amount": [20.0, 35.0, 12.5, 50.0, 18.0, 40.0],
    }
)
second = orders[orders.groupby("customer").cumcount() == 1]
