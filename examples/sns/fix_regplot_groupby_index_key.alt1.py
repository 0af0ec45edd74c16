import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns

fig, ax = plt.subplots()
# x_estimator draws one mean per concentration; with equal replicates the fit equals the fit of the means
sns.regplot(
    data=dose_response,
    x="concentration",
    y="response",
    x_estimator=np.mean,
    logx=True,
    ci=None,
    ax=ax,
)
ax.set_xscale("log")
ax.set_xlabel("concentration")
ax.set_ylabel("mean response")
ax.set_title("Log-linear dose fit")
