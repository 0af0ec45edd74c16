import numpy as np
import scipy.stats as st

y_contaminated = np.array(y, dtype=float, copy=True)
n_bad = max(1, len(y_contaminated) // 10)
# a failing sensor: the last readings drop far below the rest of the data
spread = np.ptp(y_contaminated) + np.std(y_contaminated) + 1.0
y_contaminated[-n_bad:] = np.min(y_contaminated) - 10 * spread

ols = st.linregress(x, y_contaminated)
robust = st.siegelslopes(y_contaminated, x)
