totals = store_sales.drop(columns="store").sum().to_numpy()
n_steps = len(totals) - 1
avg_growth = (totals[-1] / totals[0]) ** (1 / n_steps) - 1
