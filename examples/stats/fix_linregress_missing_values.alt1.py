import numpy as np
import scipy.stats

dose = df["dose"].to_numpy()
response = df["response"].to_numpy()
both = ~np.isnan(dose) & ~np.isnan(response)
fit = scipy.stats.linregress(dose[both], response[both])
