import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

frame = pd.DataFrame(matrix).add_prefix("feature_")

fig, ax = plt.subplots(figsize=(7, 4))
sns.violinplot(data=frame, inner="box", cut=0, ax=ax)
ax.set(xlabel="Feature", ylabel="Value", title="Distribution of each feature")
sns.despine(ax=ax, offset=10, trim=True)
