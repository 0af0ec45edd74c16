import matplotlib.pyplot as plt
from matplotlib import ticker


def plot_shares(labels, ax):
    """Draw the share of each distinct value of the Series `labels` as a
    vertical bar on `ax`, largest share first, one bar per value with the
    value as its x tick label, and return the shares as a Series indexed by
    value.

    Missing labels are left out before counting. Bar heights are fractions
    that sum to 1; the y tick labels show them as percentages ("25%").
    """
    counts = labels.dropna().value_counts()
    shares = (counts / counts.sum()).sort_values(ascending=False, kind="stable")
    positions = range(len(shares))
    ax.bar(positions, shares.to_numpy(), color="tab:green")
    ax.set_xticks(positions, [str(value) for value in shares.index])
    ax.yaxis.set_major_formatter(ticker.FuncFormatter(lambda value, _: f"{100 * value:g}%"))
    return shares


fig, ax = plt.subplots()
shares = plot_shares(orders["product"], ax)
ax.set(ylabel="share of lines", title="Products in orders")
