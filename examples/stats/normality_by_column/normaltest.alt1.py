import pandas as pd
import scipy.stats as st

pvalues = pd.Series(
    {name: st.normaltest(col.to_numpy()).pvalue for name, col in measurements.items()}
)
non_normal = [name for name, p in pvalues.items() if p < 0.05]
