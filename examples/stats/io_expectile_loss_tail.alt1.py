import numpy as np
from scipy.optimize import brentq

losses = [1, 2, 3, 10]
x = np.asarray(losses, dtype=float)


def expectile(alpha):
    # the root of alpha * E[(x - e)+] - (1 - alpha) * E[(e - x)+] lies between min and max
    def balance(e):
        return alpha * np.clip(x - e, 0, None).sum() - (1 - alpha) * np.clip(e - x, 0, None).sum()

    return brentq(balance, x.min(), x.max())


expectile_90 = expectile(0.9)
expectile_50 = expectile(0.5)
percentile_90 = np.quantile(x, 0.9)
