import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns

samples = pd.DataFrame(
    {
        "sample": np.repeat(["a", "b", "c"], [len(a), len(b), len(c)]),
        "value": np.concatenate([a, b, c]),
    }
)
fig, ax = plt.subplots(figsize=(5, 4))
sns.boxplot(data=samples, x="sample", y="value", ax=ax)
# without ax=, despine restyles every Axes of the current figure
sns.despine(offset=10, trim=True)
ax.set(xlabel="", title="Three samples")
