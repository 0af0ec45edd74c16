import numpy as np
from scipy import stats


def placements(sample, other):
    # for each value, how many values of `other` lie below it, ties counting half
    below = (other[None, :] < sample[:, None]).sum(axis=1)
    tied = (other[None, :] == sample[:, None]).sum(axis=1)
    return below + 0.5 * tied


x = np.asarray(a, dtype=float)
y = np.asarray(b, dtype=float)
# P(B > A) + 0.5 P(B = A): the mean placement of b among a, scaled by len(a)
p_hat = placements(y, x).mean() / len(x)

defined = (
    len(x) >= 2 and len(y) >= 2 and (np.ptp(placements(x, y)) > 0 or np.ptp(placements(y, x)) > 0)
)
result = stats.brunnermunzel(x, y, alternative="two-sided", distribution="t") if defined else None
