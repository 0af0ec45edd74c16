import matplotlib.pyplot as plt

months = store_sales.columns.drop("store")
fig, ax = plt.subplots()
for _, row in store_sales.iterrows():
    ax.plot(list(months), row[months].to_numpy(dtype=float), label=row["store"])
ax.set(xlabel="month", ylabel="sales", title="Monthly sales per store")
ax.legend(title="store")
