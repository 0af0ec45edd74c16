import pandas as pd

corr_matrix = measurements.corr(method="spearman")
cov_matrix = measurements.cov()

# walk the upper triangle only: each unordered pair once, never a column with itself
strongest_pair = None
strongest = -1.0
columns = list(corr_matrix.columns)
for i, first in enumerate(columns):
    for second in columns[i + 1 :]:
        r = corr_matrix.loc[first, second]
        if pd.notna(r) and abs(r) > strongest:
            strongest = abs(r)
            strongest_pair = (first, second)
