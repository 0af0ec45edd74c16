import numpy as np
import pandas as pd

edges = np.arange(-90, 91, 30)
# right=False gives [lower, upper) bands; include_lowest then closes the last band at 90
band = pd.cut(stations["lat"], bins=edges, right=False, include_lowest=True, labels=edges[:-1])
band_mean = stations["temperature"].groupby(band, observed=True).mean()
