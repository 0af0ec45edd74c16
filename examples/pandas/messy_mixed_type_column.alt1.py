import numpy as np
import pandas as pd

raw = [12, "15", 7.5, "n/a", None, " 3.2 ", "4,5", "twelve"]
doses = pd.DataFrame(
    {"patient": [f"P{i}" for i in range(1, 9)], "dose": pd.Series(raw, dtype=object)}
)

type_counts = doses["dose"].apply(type).map(lambda cls: cls.__name__).value_counts()

# the nullable string dtype renders numbers as text and keeps None as <NA>
as_text = doses["dose"].astype("string").str.strip().str.replace(",", ".", regex=False)
dose_mg = pd.to_numeric(as_text, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
dose_mg = pd.Series(dose_mg, index=doses.index, name="dose_mg")

unreadable = dose_mg.isna() & doses["dose"].notna()
bad_patients = list(doses["patient"][unreadable])
