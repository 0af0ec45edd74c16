import scipy.stats as st

pvalues = measurements.apply(lambda col: st.jarque_bera(col).pvalue)
non_normal = pvalues.index[pvalues < 0.05].tolist()
