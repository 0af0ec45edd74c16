import seaborn as sns

bought = orders.groupby(["product", "customer"])["quantity"].sum().unstack().fillna(0)
g = sns.clustermap(bought, col_cluster=False, figsize=(4, 4))
