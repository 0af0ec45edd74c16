import numpy as np
from scipy import integrate

temperatures, which = np.unique(df["temperature"].to_numpy(), return_inverse=True)
mean_humidity = np.bincount(which, weights=df["humidity"].to_numpy()) / np.bincount(which)
area = integrate.trapezoid(mean_humidity, temperatures)
