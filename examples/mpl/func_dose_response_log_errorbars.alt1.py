import matplotlib.pyplot as plt
import numpy as np
import pandas as pd


def plot_dose_response(concentration, response, ax):
    """Plot the mean response at each distinct concentration with error bars
    of +/- one sample standard deviation (ddof=1) on `ax`, x axis in log
    scale, points joined by a line in order of concentration.

    Rows with a missing response, or a concentration <= 0 (which a log axis
    cannot show), are dropped first; a concentration with a single response
    gets no error bar (its SD is NaN). Returns a DataFrame indexed by
    concentration (ascending) with columns "mean" and "sd".
    """
    conc = np.asarray(concentration, dtype=float)
    resp = np.asarray(response, dtype=float)
    keep = (conc > 0) & ~np.isnan(resp)
    levels = np.unique(conc[keep])
    means = np.array([resp[keep][conc[keep] == level].mean() for level in levels])
    sds = np.array(
        [
            resp[keep][conc[keep] == level].std(ddof=1)
            if (conc[keep] == level).sum() > 1
            else np.nan
            for level in levels
        ]
    )
    ax.semilogx(levels, means, "s-", color="tab:purple")
    ax.errorbar(levels, means, yerr=sds, fmt="none", ecolor="tab:purple", capsize=4)
    return pd.DataFrame({"mean": means, "sd": sds}, index=pd.Index(levels, name="concentration"))


fig, ax = plt.subplots(figsize=(6, 4))
summary = plot_dose_response(dose_response["concentration"], dose_response["response"], ax)
ax.set_xlabel("Concentration")
ax.set_ylabel("Mean response")
ax.set_title("Dose-response curve (mean ± SD)")
