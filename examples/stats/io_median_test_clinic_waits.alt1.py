import numpy as np
from scipy.stats import chi2_contingency

clinic_a = [12, 15, 11, 19, 14, 13]
clinic_b = [18, 21, 15, 22, 17, 20]
clinic_c = [15, 16, 13, 14, 25, 12]
samples = [np.asarray(s) for s in (clinic_a, clinic_b, clinic_c)]

grand_median = np.median(np.concatenate(samples))
above = [int(np.sum(s > grand_median)) for s in samples]
not_above = [len(s) - a for s, a in zip(samples, above, strict=False)]
counts = np.array([above, not_above])
# Mood's median test is a chi-square test of independence on this table
chi2_stat, p_value, _, _ = chi2_contingency(counts, correction=False)
