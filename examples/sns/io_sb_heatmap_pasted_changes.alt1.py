import io

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

pasted = """region     Q1     Q2     Q3     Q4
North    2.50  -1.20   0.00   4.60
South   -0.80   1.60  -2.40   0.70
East     1.10  -0.30   0.90  -1.50"""
change = pd.read_csv(io.StringIO(pasted), sep=r"\s+", index_col="region")

fig, ax = plt.subplots()
# symmetric limits around 0 keep white at zero for a diverging map
limit = change.abs().to_numpy().max()
sns.heatmap(
    change, vmin=-limit, vmax=limit, cmap="RdBu_r", annot=True, fmt=".2f", linewidths=0.5, ax=ax
)
ax.set_title("Sales change (%)")
