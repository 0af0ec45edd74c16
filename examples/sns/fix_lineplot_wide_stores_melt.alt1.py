import matplotlib.pyplot as plt
import pandas as pd

by_month = store_sales.set_index("store").filter(regex=r"^\d{4}-\d{2}$").T
by_month.index = pd.to_datetime(by_month.index, format="%Y-%m")
fig, ax = plt.subplots(figsize=(9, 4))
for store in by_month.columns:
    ax.plot(by_month.index, by_month[store], label=store)
ax.legend(title="store")
ax.set_xlabel("month")
ax.set_ylabel("sales")
ax.set_title("Monthly sales per store")
