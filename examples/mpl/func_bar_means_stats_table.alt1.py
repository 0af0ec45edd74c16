import matplotlib.pyplot as plt
import pandas as pd


def bars_with_table(ax, samples, decimals=2):
    """Draw one bar per sample on `ax`, in the order of the dict `samples`
    (name -> 1-D array), the bar height being the sample's mean, with the
    x ticks labelled by the names; below the Axes add a table (ax.table)
    with one column per sample headed by its name and three rows labelled
    "mean", "sd" and "n": the mean, the standard deviation (ddof=1), both
    written with `decimals` decimals, and the number of values. NaN values
    are ignored everywhere. Return the table.
    """
    stats = pd.DataFrame(
        {
            name: pd.Series(values, dtype=float).agg(["mean", "std", "count"])
            for name, values in samples.items()
        }
    )
    ax.bar(stats.columns, stats.loc["mean"])
    text = [
        [format(value, f".{decimals}f") for value in stats.loc["mean"]],
        [format(value, f".{decimals}f") for value in stats.loc["std"]],
        [str(int(value)) for value in stats.loc["count"]],
    ]
    table = ax.table(
        cellText=text,
        rowLabels=["mean", "sd", "n"],
        colLabels=list(stats.columns),
        loc="bottom",
        bbox=[0, -0.5, 1, 0.32],
    )
    return table


fig, ax = plt.subplots(figsize=(6, 5), layout="constrained")
bars_with_table(ax, {"a": a, "b": b, "c": c})
ax.set_ylabel("mean")
ax.set_title("Means of a, b and c")
