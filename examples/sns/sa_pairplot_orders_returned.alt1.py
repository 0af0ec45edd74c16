import seaborn as sns

orders = orders.assign(revenue=orders["quantity"] * orders["unit_price"])
g = sns.PairGrid(orders, vars=["quantity", "unit_price", "revenue"], hue="returned", height=1.8)
g.map_diag(sns.histplot, multiple="stack")
g.map_offdiag(sns.scatterplot, s=10)
g.add_legend()
