import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns

logged = np.log2(expression.astype(float) + 1.0)
variances = logged.var(axis=1)
top = logged.loc[variances.nlargest(10).index]
fig, ax = plt.subplots()
sns.heatmap(
    top,
    cmap=sns.color_palette("ch:start=0.5,rot=-0.5", as_cmap=True),
    cbar_kws={"label": "log2(count + 1)"},
    ax=ax,
)
