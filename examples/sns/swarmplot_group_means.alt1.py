import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

samples = pd.concat(
    [
        pd.DataFrame({"group": name, "value": sample})
        for name, sample in zip("ABC", (a, b, c), strict=True)
    ],
    ignore_index=True,
)

fig, ax = plt.subplots()
sns.swarmplot(data=samples, x="group", y="value", ax=ax)
# means only: no error bars, no connecting line, a wide horizontal dash as marker
sns.pointplot(
    data=samples,
    x="group",
    y="value",
    errorbar=None,
    linestyles="none",
    markers="_",
    markersize=40,
    color="black",
    ax=ax,
)
ax.set_xlabel("Group")
ax.set_ylabel("Value")
ax.set_title("Samples with group means")
