import matplotlib.pyplot as plt
import pandas as pd


def bland_altman_plot(method_a, method_b, ax):
    """Bland-Altman agreement plot of two paired 1-D arrays on `ax`.

    Pairs with a missing value (NaN) in either array are dropped. Scatter the
    mean of each pair (x) against its difference method_a - method_b (y), mark
    the bias (mean difference) and the limits of agreement
    bias -/+ 1.96 * SD of the differences (sample SD, ddof=1) with
    `ax.axhline`, and return (bias, lower, upper). Needs at least two
    complete pairs.
    """
    pairs = pd.DataFrame({"a": method_a, "b": method_b}).dropna()
    average = pairs.mean(axis=1)
    difference = pairs["a"] - pairs["b"]
    bias, sd = difference.mean(), difference.std()
    lower, upper = bias - 1.96 * sd, bias + 1.96 * sd
    ax.scatter(average, difference, marker="o", alpha=0.6)
    for level, style in ((bias, "-"), (lower, ":"), (upper, ":")):
        ax.axhline(level, linestyle=style, color="tab:red")
    return float(bias), float(lower), float(upper)


fig, ax = plt.subplots(figsize=(6, 4))
limits = bland_altman_plot(before, after, ax)
ax.set_xlabel("Average of the two readings")
ax.set_ylabel("Difference (before - after)")
ax.set_title("Agreement of before and after readings")
