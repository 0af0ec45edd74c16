import pandas as pd

bills = pd.DataFrame(
    {
        "date": ["05/01/2024", "12/01/2024", "19/01/2024", "02/02/2024", "16/02/2024"],
        "kwh": [41.2, 38.9, 44.0, 39.5, 36.1],
    }
)
bills["date"] = pd.to_datetime(bills["date"], dayfirst=True)
monthly = bills.groupby(pd.Grouper(key="date", freq="MS"))["kwh"].sum()
