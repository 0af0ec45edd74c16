import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

totals = pd.crosstab(
    orders["customer"], orders["product"], values=orders["quantity"], aggfunc="sum"
)
totals = totals.fillna(0).astype("int64")
fig, ax = plt.subplots(figsize=(7, 6))
sns.heatmap(totals, annot=True, fmt="d", cmap="Blues", ax=ax)
ax.set_title("Units ordered per customer and product")
