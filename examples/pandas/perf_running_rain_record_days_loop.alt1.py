import numpy as np

rain = weather["rainfall"].to_numpy()
temps = weather["temperature"].to_numpy()
running_rain = np.cumsum(rain)
highest_before = np.maximum.accumulate(np.concatenate(([-np.inf], temps[:-1])))
new_record = temps > highest_before
