import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

# repeated customer/product pairs must be added up before they can become one cell
totals = pd.crosstab(
    orders["customer"], orders["product"], values=orders["quantity"], aggfunc="sum"
)
fig, ax = plt.subplots(figsize=(6, 6))
sns.heatmap(totals.fillna(0), annot=True, fmt=".0f", cmap="Blues", ax=ax)
ax.set_title("Units per customer and product")
