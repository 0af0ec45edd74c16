import matplotlib.pyplot as plt
import numpy as np
import scipy.stats as ss

result = ss.ks_2samp(a, b, method="asymp")

fig, ax = plt.subplots()
for name, sample in {"group a": a, "group b": b}.items():
    cdf = ss.ecdf(sample).cdf
    # draw the step function from its support points and probabilities
    ax.step(np.asarray(cdf.quantiles), np.asarray(cdf.probabilities), where="post", label=name)
ax.set_xlabel("value")
ax.set_ylabel("cumulative probability")
ax.set_title(f"KS test: D = {result.statistic:.3f}, p = {result.pvalue:.2g}")
ax.legend()
