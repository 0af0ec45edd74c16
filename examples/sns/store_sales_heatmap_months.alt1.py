import matplotlib.pyplot as plt
import seaborn as sns

month_cols = sales_wide.columns[sales_wide.columns.str.match(r"^\d{4}-\d{2}$")]
table = sales_wide.set_index("store").loc[:, month_cols]
fig, ax = plt.subplots(figsize=(10, 7))
ax = sns.heatmap(
    data=table,
    cmap="viridis",
    xticklabels=list(month_cols),
    yticklabels=list(table.index),
    cbar_kws={"label": "sales"},
    ax=ax,
)
ax.set_xlabel("month")
ax.set_ylabel("store")
ax.set_title("Monthly sales by store")
