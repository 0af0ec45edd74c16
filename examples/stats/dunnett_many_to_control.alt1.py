import numpy as np
import scipy.stats as st

treatments = [b, c]
result = st.dunnett(
    *treatments, control=a, alternative="two-sided", random_state=np.random.default_rng(2024)
)
ci = result.confidence_interval(0.95)
