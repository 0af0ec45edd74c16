import numpy as np
import pandas as pd
import scipy.stats as st

n = measurements.count()
# t.interval broadcasts over arrays: one interval per column in a single call
low, high = st.t.interval(
    confidence=0.95, df=n - 1, loc=measurements.mean(), scale=measurements.std(ddof=1) / np.sqrt(n)
)
ci = pd.DataFrame({"low": low, "high": high}, index=measurements.columns)
