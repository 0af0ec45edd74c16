import numpy as np
import pandas as pd

ledger = pd.DataFrame(
    {
        "entry": ["rent", "refund", "fees", "misc"],
        "amount": ["$1,234.50", "($200.00)", "n/a", "$15.75"],
    }
)
raw = ledger["amount"].replace("n/a", np.nan)
negative = raw.str.startswith("(", na=False)
magnitude = (
    raw.str.strip("()")
    .str.replace("$", "", regex=False)
    .str.replace(",", "", regex=False)
    .astype(float)
)
ledger["amount"] = magnitude.where(~negative, -magnitude)
