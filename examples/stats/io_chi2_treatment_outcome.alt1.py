import numpy as np
import pandas as pd
from scipy.stats import chi2_contingency

counts = pd.DataFrame(
    [[30, 10], [20, 25]], index=["drug", "placebo"], columns=["improved", "not_improved"]
)
chi2, p_value, dof, _expected = chi2_contingency(np.asarray(counts))
