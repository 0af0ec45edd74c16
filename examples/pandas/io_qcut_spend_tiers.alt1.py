import numpy as np
import pandas as pd

customers = pd.DataFrame(
    {
        "customer": ["a", "b", "c", "d", "e", "f"],
        "spend": [120.0, 15.0, 300.0, 45.0, 80.0, 990.0],
    }
)
order = customers["spend"].rank(method="first").to_numpy()
customers["tier"] = np.array(["low", "mid", "high"])[
    ((order - 1) * 3 // len(customers)).astype(int)
]
