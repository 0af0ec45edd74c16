import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns

samples = {"a": a, "b": b, "c": c}
long = pd.DataFrame(
    {
        "group": np.repeat(list(samples), [len(s) for s in samples.values()]),
        "value": np.concatenate(list(samples.values())),
    }
)

fig, ax = plt.subplots(figsize=(5, 4))
sns.boxplot(long, x="group", y="value", fill=False, showfliers=False, width=0.5, ax=ax)
sns.stripplot(long, x="group", y="value", alpha=0.6, ax=ax)
ax.set_title("Distribution per group")
ax.set_xlabel("group")
ax.set_ylabel("value")
