import io

import pandas as pd

payments = pd.DataFrame(
    {
        "payee": ["Acme", "Globex", "Initech"],
        "date": pd.to_datetime(["2024-03-05", "2024-03-18", "2024-04-02"]),
        "amount": [1250.0, 99.5, 310.4],
    }
)

formatted = payments.assign(
    date=payments["date"].dt.strftime("%d/%m/%Y"),
    amount=payments["amount"].map("{:.2f}".format),
)
buffer = io.StringIO()
formatted.to_csv(buffer, index=False)
csv_text = buffer.getvalue()
