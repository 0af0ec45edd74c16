import numpy as np

centre = np.median(durations)
p10, p90 = np.quantile(durations, [0.1, 0.9])
spread = p90 - p10
