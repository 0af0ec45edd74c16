import numpy as np
import scipy.stats as st

rng = np.random.default_rng(7)
control = rng.normal(loc=10.0, scale=2.0, size=40)
treated = rng.normal(loc=11.0, scale=2.5, size=40)

both_normal = all(st.shapiro(s).pvalue > 0.05 for s in (control, treated))
if both_normal:
    test_used = "welch-t"
    result = st.ttest_ind(control, treated, equal_var=False)
else:
    test_used = "mann-whitney"
    result = st.mannwhitneyu(control, treated, alternative="two-sided")
