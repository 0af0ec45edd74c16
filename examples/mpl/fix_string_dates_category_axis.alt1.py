import matplotlib.pyplot as plt
from matplotlib.dates import AutoDateLocator, DateFormatter

revenue = orders.assign(revenue=orders["quantity"] * orders["unit_price"])
daily = revenue.groupby(revenue["order_date"].dt.normalize())["revenue"].sum().sort_index()

fig, ax = plt.subplots(figsize=(9, 4))
ax.plot(daily.index.to_numpy(), daily.to_numpy(), "o-")
ax.xaxis.set_major_locator(AutoDateLocator())
ax.xaxis.set_major_formatter(DateFormatter("%d %b"))
ax.set_xlabel("date")
ax.set_ylabel("revenue")
ax.set_title("Daily revenue")
