import numpy as np
import pandas as pd

defects = pd.DataFrame(
    {
        "cause": ["scratch", "dent", "misprint", "crack", "stain"],
        "count": [12, 45, 8, 25, 10],
    }
)
order = np.argsort(-defects["count"].to_numpy(), kind="stable")
pareto = defects.iloc[order].copy()
running = 100 * np.cumsum(pareto["count"].to_numpy()) / pareto["count"].sum()
pareto["cum_pct"] = np.round(running, 1)
pareto["vital_few"] = np.concatenate([[0.0], running[:-1]]) < 80
