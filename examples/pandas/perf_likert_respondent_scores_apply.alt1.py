import numpy as np
import pandas as pd

answers = np.column_stack(
    [likert[column].to_numpy(dtype=int) for column in ["q1", "q2", "q3", "q4", "q5"]]
)
scores = pd.DataFrame(
    {"mean_score": answers.mean(axis=1), "n_agree": (answers >= 4).sum(axis=1)},
    index=likert.index,
)
