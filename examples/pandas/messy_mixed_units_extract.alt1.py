import numpy as np
import pandas as pd

parcels = pd.DataFrame({"weight": ["5 kg", "500g", "1.2KG", "750 g", "2,5 kg", "heavy", "0.8 Kg"]})

text = parcels["weight"].str.strip().str.lower().str.replace(" ", "", regex=False)
in_kg = text.str.endswith("kg")
in_g = text.str.endswith("g") & ~in_kg
number = pd.to_numeric(
    text.str.removesuffix("kg").str.removesuffix("g").str.replace(",", "."), errors="coerce"
)

parcels["weight_kg"] = np.select([in_kg, in_g], [number, number / 1000], default=np.nan)
unparsed = parcels["weight"][parcels["weight_kg"].isna()].tolist()
