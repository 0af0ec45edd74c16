import numpy as np
import pandas as pd

climate = pd.cut(
    stations["temperature"], bins=[-np.inf, 10, 20, np.inf], labels=["cold", "mild", "hot"]
)
stations["climate"] = climate.astype("string").fillna("cold")
