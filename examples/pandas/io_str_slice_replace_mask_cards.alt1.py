import pandas as pd

payments = pd.DataFrame(
    {
        "payment_id": [1, 2, 3],
        "card": ["4111111111111111", "5500005555555559", "340000000000009"],
    }
)
payments["card"] = "********" + payments["card"].str[-4:]
