import numpy as np

rate = 0.5
# exponential waiting time: P(T > t) = exp(-rate * t), median ln(2) / rate
p_wait_over_3 = np.exp(-rate * 3)
median_wait = np.log(2) / rate
