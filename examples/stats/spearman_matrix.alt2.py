import pandas as pd
import scipy.stats as ss

# spearmanr treats each column of a 2-D input as a variable and returns the full matrices
corr, pval = ss.spearmanr(measurements, axis=0)
labels = list(measurements.columns)
rho = pd.DataFrame(corr, index=labels, columns=labels)
pvalues = pd.DataFrame(pval, index=labels, columns=labels)
