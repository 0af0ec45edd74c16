import numpy as np
import pandas as pd

ages = df["age"]
age_group = pd.Series(
    np.select([ages < 40, ages < 60], ["under 40", "40-59"], default="60 and over"),
    index=df.index,
)
