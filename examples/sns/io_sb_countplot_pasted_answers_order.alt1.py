import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

pasted = "medium, high, low, medium, medium, high, low, medium, high, medium"
priorities = pd.Series(pasted.split(", "), name="priority")
levels = pd.CategoricalDtype(["low", "medium", "high"], ordered=True)

fig, ax = plt.subplots()
# an ordered categorical carries the bar order into seaborn
sns.countplot(x=priorities.astype(levels), ax=ax)
ax.set_ylabel("tickets")
