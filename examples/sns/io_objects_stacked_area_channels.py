# /// example
# task = """
# Build the table below as `orders_by_channel` and draw, with the seaborn objects interface on \
# `fig, ax`, the monthly `orders` of the two channels as filled areas stacked on each other \
# (`so.Area` with `so.Stack`), coloured by `channel`, web at the bottom.
#
# ```text
# month  channel  orders
# 1      web          30
# 1      store        20
# 2      web          45
# 2      store        25
# 3      web          50
# 3      store        15
# ```
#
# Wanted chart:
#
# ```text
# month:          1   2   3
# top of web:    30  45  50
# top of store:  50  70  65
# ```"""
# prompt = """
# Stacked area chart of orders per month by channel please (seaborn.objects, `fig, ax`), web as \
# the bottom layer and store on top of it; keep the data in `orders_by_channel`:
#
# ```text
# month  channel  orders
# 1      web          30
# 1      store        20
# 2      web          45
# 2      store        25
# 3      web          50
# 3      store        15
# ```
#
# I expect:
#
# ```text
# month:          1   2   3
# top of web:    30  45  50
# top of store:  50  70  65
# ```"""
# task_type = 'input-output'
# domain = 'visualization'
# libraries = ['seaborn', 'pandas', 'matplotlib']
# inputs = {}
# checks = [
#     # one filled outline reaches the web tops from 0, the other the totals from the web tops
#     '(lambda polys: any(all(np.isclose(v, [m, t]).all(axis=1).any() for m, t in zip([1, 2, 3], [30, 45, 50])) and np.isclose(v[:, 1].min(), 0) for v in polys) and any(all(np.isclose(v, [m, t]).all(axis=1).any() for m, t in zip([1, 2, 3], [50, 70, 65])) and all(np.isclose(v, [m, b]).all(axis=1).any() for m, b in zip([1, 2, 3], [30, 45, 50])) for v in polys))([p.get_path().vertices for p in ax.patches] + [q.vertices for c in ax.collections for q in c.get_paths()])',
#     'len(ax.patches) + sum(len(c.get_paths()) for c in ax.collections) == 2',
#     'sorted(map(tuple, orders_by_channel[["month", "channel", "orders"]].astype(str).to_numpy())) == sorted([("1", "web", "30"), ("1", "store", "20"), ("2", "web", "45"), ("2", "store", "25"), ("3", "web", "50"), ("3", "store", "15")])',
# ]
# difficulty = 'intermediate'
# tags = ['filled-area', 'semantic-mapping']
# ///
import matplotlib.pyplot as plt
import pandas as pd
import seaborn.objects as so

orders_by_channel = pd.DataFrame(
    {
        "month": [1, 1, 2, 2, 3, 3],
        "channel": ["web", "store", "web", "store", "web", "store"],
        "orders": [30, 20, 45, 25, 50, 15],
    }
)

fig, ax = plt.subplots(figsize=(5, 3.5))
(
    so.Plot(orders_by_channel, x="month", y="orders", color="channel")
    # Stack lifts each layer by the ones before it, in the order the channels first appear
    .add(so.Area(), so.Stack())
    .label(x="month", y="orders", title="Orders by channel")
    .on(ax)
    .plot()
)
