import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns

long_groups = pd.DataFrame(
    {
        "group": np.repeat(["a", "b", "c"], [len(a), len(b), len(c)]),
        "value": np.concatenate([a, b, c]),
    }
)
sns.set_context("paper", font_scale=1.3)
fig = plt.figure(figsize=(4, 3))
ax = fig.add_subplot()
sns.barplot(
    x=long_groups["group"], y=long_groups["value"], estimator=np.median, errorbar=("pi", 50), ax=ax
)
ax.set_xlabel("group")
ax.set_ylabel("median value")
ax.set_title("Medians and interquartile ranges")
