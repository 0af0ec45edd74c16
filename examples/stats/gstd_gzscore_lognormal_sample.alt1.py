import numpy as np

logs = np.log(np.asarray(concentrations, dtype=float))
geo_mean = np.exp(logs.mean())
spread = logs.std()
if spread == 0:
    geo_sd = 1.0
    log_z = np.zeros_like(logs)
else:
    # the geometric SD is a factor: exp of the SD of the logs
    geo_sd = np.exp(logs.std(ddof=1))
    log_z = (logs - logs.mean()) / spread
