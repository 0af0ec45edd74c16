import numpy as np

qc = trial.copy()
under_21 = qc["age"].lt(21)

# one .loc assignment blanks both columns on the flagged rows
qc.loc[under_21, ["dose", "response"]] = np.nan
n_flagged = int(under_21.sum())
