import matplotlib.pyplot as plt
from matplotlib.ticker import FuncFormatter

return_share = orders.groupby("product")["returned"].mean()
fig, ax = plt.subplots()
ax.bar(return_share.index, return_share.to_numpy())
ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: f"{value * 100:.0f}%"))
ax.set(xlabel="product", ylabel="returned lines", title="Return rate by product")
