# /// example
# task = """
# Draw one violin per `site` for the `response` column of the trial DataFrame `df`, showing \
# medians, with the site names as x tick labels; keep the per-site arrays in the dict `responses` \
# and the dict returned by `violinplot` in `parts`. Label the axes and add a title. Keep the \
# figure in `fig`."""
# prompt = """
# Draw one violin per `site` for the `response` column of the trial DataFrame `df`, showing \
# medians, with the site names in sorted order as x tick labels. Keep the per-site arrays in a \
# dict `responses` and the dict returned by the violin plot in `parts`; label the axes, add a \
# title, and keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { df = 'trial' }
# checks = [
#     "len(parts['bodies']) == df['site'].nunique()",
#     "figure_summary(fig).axes[0].xticklabels == sorted(df['site'].astype(str).unique())",
#     "np.allclose(parts['cmedians'].get_segments()[0][:, 1], np.median(responses[sorted(responses)[0]]))",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'intermediate'
# tags = ['violin-plot']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

responses = {
    str(site): group["response"].to_numpy() for site, group in df.groupby("site", observed=True)
}

fig, ax = plt.subplots()
parts = ax.violinplot(list(responses.values()), showmedians=True)
ax.set_xlabel("site")
ax.set_ylabel("response")
ax.set_title("Response distribution by site")
# violinplot places the datasets at positions 1 .. n by default, so the ticks start at 1
ax.set_xticks(range(1, len(responses) + 1), labels=list(responses))
