import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

sample = pd.DataFrame({"value": values})

fig, ax = plt.subplots()
sns.kdeplot(data=sample, x="value", fill=True, warn_singular=False, ax=ax)
sns.rugplot(data=sample, x="value", height=0.05, color="black", ax=ax)
ax.set(xlabel="Value", ylabel="Density", title="Distribution of values")
