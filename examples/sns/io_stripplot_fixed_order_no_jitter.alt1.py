import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

# a categorical column carries the display order C, A, B into seaborn
defects = pd.DataFrame(
    {
        "line": pd.Categorical(["A", "A", "B", "C", "C", "C"], categories=["C", "A", "B"]),
        "count": [2, 5, 1, 4, 4, 6],
    }
)

fig, ax = plt.subplots(figsize=(4, 3))
sns.stripplot(data=defects, x="line", y="count", jitter=False, ax=ax)
ax.set(xlabel="production line", ylabel="defects", title="Defects per line")
