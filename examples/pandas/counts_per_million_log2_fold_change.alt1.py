import numpy as np
import pandas as pd

ctrl = ["ctrl_1", "ctrl_2", "ctrl_3"]
treat = ["treat_1", "treat_2", "treat_3"]
raw = counts[ctrl + treat].to_numpy(dtype=float)
totals = raw.sum(axis=0)
scaled = np.zeros_like(raw)
np.divide(raw, totals, out=scaled, where=totals > 0)
cpm = pd.DataFrame(scaled * 1_000_000, index=counts.index, columns=ctrl + treat)
log2_fold_change = pd.Series(
    np.log2(cpm[treat].mean(axis=1).to_numpy() + 1)
    - np.log2(cpm[ctrl].mean(axis=1).to_numpy() + 1),
    index=counts.index,
)
