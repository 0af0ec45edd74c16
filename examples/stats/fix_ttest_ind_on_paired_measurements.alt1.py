import numpy as np
import scipy.stats as st

change = np.asarray(after) - np.asarray(before)
result = st.ttest_1samp(change, popmean=0.0)
