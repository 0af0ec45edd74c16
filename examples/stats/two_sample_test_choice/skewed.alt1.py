import numpy as np
import scipy.stats as st

rng = np.random.default_rng(7)
control = rng.lognormal(mean=0.0, sigma=0.8, size=40)
treated = rng.lognormal(mean=0.4, sigma=0.8, size=40)

both_normal = all(st.shapiro(s).pvalue > 0.05 for s in (control, treated))
if both_normal:
    test_used = "welch-t"
    result = st.ttest_ind(control, treated, equal_var=False)
else:
    test_used = "mann-whitney"
    result = st.mannwhitneyu(control, treated, alternative="two-sided")
