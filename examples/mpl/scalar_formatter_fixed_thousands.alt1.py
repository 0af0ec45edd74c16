import matplotlib.pyplot as plt

month_columns = store_sales.columns[store_sales.dtypes == "float64"]
monthly_total = store_sales[month_columns].sum(axis=0)

fig, ax = plt.subplots(figsize=(6, 3.5))
monthly_total.plot(ax=ax, marker="o")
ax.ticklabel_format(axis="y", style="sci", scilimits=(3, 3), useOffset=False)
ax.set_xlabel("month")
ax.set_ylabel("sales")
ax.set_title("Sales per month, all stores")
