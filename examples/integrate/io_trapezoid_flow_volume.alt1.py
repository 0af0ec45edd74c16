import numpy as np
import pandas as pd

flow = pd.DataFrame(
    {"minute": [0.0, 1.0, 2.5, 4.0, 6.0], "litres_per_min": [2.0, 3.0, 4.0, 4.0, 1.0]}
)
dt = np.diff(flow["minute"].to_numpy())
rate = flow["litres_per_min"].to_numpy()
volume_l = float(np.sum(dt * (rate[1:] + rate[:-1]) / 2))
