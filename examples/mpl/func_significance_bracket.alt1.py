import matplotlib.pyplot as plt
import numpy as np
import scipy.stats


def add_bracket(ax, x1, x2, y, text, height=None):
    """Draw a significance bracket on `ax` as one line through
    (x1, y), (x1, y + h), (x2, y + h), (x2, y) in black, where h is
    `height` or, when None, 2% of the y-axis span (ax.get_ylim()) at the
    time of the call, and write `text` centred horizontally just above the
    bracket at ((x1 + x2) / 2, y + h), anchored at its bottom.
    Return (line, text_artist).
    """
    h = height if height is not None else 0.02 * np.ptp(ax.get_ylim())
    xs = np.array([x1, x1, x2, x2], dtype=float)
    ys = np.array([y, y + h, y + h, y], dtype=float)
    line = ax.plot(xs, ys, "k-", lw=1.2)[0]
    note = ax.annotate(text, xy=((x1 + x2) / 2, y + h), ha="center", va="bottom")
    return line, note


fig, ax = plt.subplots()
ax.boxplot([a, b, c], positions=[1, 2, 3], widths=0.5)
p_value = scipy.stats.ttest_ind(a, c, equal_var=False).pvalue
top = max(a.max(), c.max())
bottom = min(a.min(), c.min())
add_bracket(ax, 1, 3, top + 0.05 * (top - bottom), f"p = {p_value:.3g}")
ax.set_xlabel("sample")
ax.set_ylabel("measurement")
ax.set_title("Welch t-test, a vs c")
