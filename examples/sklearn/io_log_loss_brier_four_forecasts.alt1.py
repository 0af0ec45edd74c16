import numpy as np

outcome = np.array([1, 0, 1, 1])
p_rain = np.array([0.9, 0.2, 0.6, 0.4])
# probability the forecast gave to what actually happened
p_observed = np.where(outcome == 1, p_rain, 1 - p_rain)
logloss = -np.mean(np.log(p_observed))
brier = np.mean((p_rain - outcome) ** 2)
