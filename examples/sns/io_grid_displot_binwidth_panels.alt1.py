import numpy as np
import pandas as pd
import seaborn as sns

times = {"easy": [210, 250, 290, 305, 340, 400], "hard": [330, 380, 410, 460, 480, 520, 600]}
rt = pd.DataFrame(
    [(task, ms) for task, values in times.items() for ms in values], columns=["task", "ms"]
)
# explicit edges: the same bins as binwidth=100 over 200-600
g = sns.displot(
    rt, x="ms", col="task", col_order=["easy", "hard"], bins=np.arange(200, 601, 100), height=2
)
g.set(xlabel="reaction time (ms)", ylabel="count")
