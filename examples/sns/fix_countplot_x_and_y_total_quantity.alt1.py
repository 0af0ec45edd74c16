import matplotlib.pyplot as plt
import seaborn as sns

# sum first, then draw one bar per product from the totals
totals = orders.groupby("product", as_index=False)["quantity"].sum()

fig, ax = plt.subplots(figsize=(6, 4))
sns.barplot(totals, x="product", y="quantity", errorbar=None, ax=ax)
ax.set(xlabel="product", ylabel="units sold")
