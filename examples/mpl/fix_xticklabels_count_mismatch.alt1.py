import matplotlib.pyplot as plt

month_columns = list(store_sales.select_dtypes("number").columns)
totals = store_sales[month_columns].sum()

fig, ax = plt.subplots(figsize=(9, 4))
ax.bar(month_columns, totals.to_numpy())
ax.tick_params(axis="x", labelrotation=45)
ax.set_xlabel("month")
ax.set_ylabel("total sales")
ax.set_title("Sales per month, all stores")
