import matplotlib.pyplot as plt
import seaborn as sns

numeric = stations.select_dtypes(include="number")
fig, ax = plt.subplots(figsize=(6, 5))
sns.heatmap(numeric.corr(), annot=True, vmin=-1.0, vmax=1.0, center=0, cmap="coolwarm", ax=ax)
ax.set_title("Correlation between station variables")
