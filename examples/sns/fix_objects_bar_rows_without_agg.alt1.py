import matplotlib.pyplot as plt
import seaborn.objects as so

totals = orders.groupby("product", as_index=False)["quantity"].sum()
fig, ax = plt.subplots()
plot = (
    so.Plot(totals, x="product", y="quantity")
    .add(so.Bar())
    .label(x="product", y="units sold", title="Units sold per product")
)
plot.on(ax).plot()
