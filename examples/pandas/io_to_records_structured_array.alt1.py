import numpy as np
import pandas as pd

samples = pd.DataFrame({"id": [1, 2, 3], "mass": [0.512, 1.730, 0.048]})
records = np.array(
    list(samples.itertuples(index=False, name=None)),
    dtype=[("id", "int64"), ("mass", "float64")],
)
