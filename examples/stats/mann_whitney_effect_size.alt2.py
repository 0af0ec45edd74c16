import numpy as np
import scipy.stats as st

result = st.mannwhitneyu(a, b, alternative="two-sided")
# the same quantity from all n_a * n_b pairs directly: wins of a plus half the ties
diff = np.subtract.outer(np.asarray(a, dtype=float), np.asarray(b, dtype=float))
effect_size = np.mean(diff > 0) + 0.5 * np.mean(diff == 0)
