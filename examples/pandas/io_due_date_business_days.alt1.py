import numpy as np
import pandas as pd

invoices = pd.DataFrame(
    {
        "invoice": ["A-1", "A-2", "A-3"],
        "issued": pd.to_datetime(["2024-05-06", "2024-05-09", "2024-05-10"]),
    }
)
issue_days = invoices["issued"].to_numpy().astype("datetime64[D]")
invoices["due"] = pd.to_datetime(np.busday_offset(issue_days, 5))
