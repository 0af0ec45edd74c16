# /// example
# task = """
# Write `plot_dose_response(df, ax)` that raises a `KeyError` naming the missing columns when \
# `df` lacks any of `dose`, `response` or `treatment`, and otherwise draws a seaborn scatter \
# plot of response against dose coloured by treatment with the axes labelled "Dose (mg)" and \
# "Response". Call it on `trial.drop(columns="dose")` and keep the caught error in `error`, then \
# call it on the full DataFrame `trial` with `fig, ax`."""
# prompt = """
# Write `plot_dose_response(df, ax)` that raises a `KeyError` naming the missing columns (and \
# only those) when `df` lacks any of `dose`, `response` or `treatment`, checking before it draws \
# anything, and otherwise draws a seaborn scatter plot of response against dose coloured by \
# treatment with axis labels "Dose (mg)" and "Response". Call it on `trial.drop(columns="dose")` \
# and keep the caught exception in `error`, then call it on the full DataFrame `trial` with `fig, \
# ax`."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { trial = 'trial' }
# checks = [
#     "isinstance(error, KeyError) and 'dose' in str(error) and 'response' not in str(error)",
#     'len(ax.collections) == 1 and len(ax.collections[0].get_offsets()) == len(trial)',
#     "figure_summary(fig).axes[0].xlabel == 'Dose (mg)' and figure_summary(fig).axes[0].ylabel == 'Response'",
# ]
# difficulty = 'intermediate'
# tags = ['error-handling', 'validation', 'scatter-plot']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

REQUIRED = ("dose", "response", "treatment")


def plot_dose_response(df, ax):
    # checking up front reports every missing column at once instead of failing on the first
    missing = [col for col in REQUIRED if col not in df.columns]
    if missing:
        raise KeyError(f"missing required column(s): {', '.join(missing)}")
    sns.scatterplot(data=df, x="dose", y="response", hue="treatment", ax=ax)
    ax.set(xlabel="Dose (mg)", ylabel="Response", title="Dose-response")


fig, ax = plt.subplots(figsize=(6, 4))
try:
    plot_dose_response(trial.drop(columns="dose"), ax)
    error = None
except KeyError as exc:
    error = exc
plot_dose_response(trial, ax)
