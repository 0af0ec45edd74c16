from matplotlib import pyplot as plt


def plot_house_style(df, ax, linewidth=2.5):
    """Plot each column of `df` against its index on `ax`, in column order,
    with lines `linewidth` points wide, and add a legend of the column names
    drawn without a frame. Returns the list of lines.

    The style applies to this plot only: Matplotlib's global rcParams are
    the same after the call as before it.
    """
    # styling the artists themselves leaves the global defaults alone
    lines = []
    for name, column in df.items():
        (line,) = ax.plot(column.index, column.to_numpy(), linewidth=linewidth, label=str(name))
        lines.append(line)
    ax.legend(frameon=False)
    return lines


fig, ax = plt.subplots()
plot_house_style(sensor, ax, linewidth=1.5)
ax.set_xlabel("Day")
ax.set_ylabel("Sensor value")
ax.set_title("All channels")
