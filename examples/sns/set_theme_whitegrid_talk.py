# /// example
# task = """
# Set the seaborn theme to the "whitegrid" style, the "talk" context (larger text for slides) \
# and the "colorblind" palette with `sns.set_theme`, then draw step histograms of `age` per \
# `treatment` of the DataFrame `trial` with seaborn `histplot` (`element="step"`) on `fig, ax`; \
# label the x axis "Age (years)" and the y axis "Participants" and add a title."""
# prompt = """
# I'm making slides: set the global seaborn theme to the "whitegrid" style, the "talk" context \
# and the "colorblind" palette, then draw step-style histograms of `age` per `treatment` from my \
# DataFrame `trial` with seaborn on `fig, ax`. Label the x axis "Age (years)" and the y axis \
# "Participants" and add a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { trial = 'trial' }
# checks = [
#     "matplotlib.rcParams['axes.grid'] and matplotlib.rcParams['axes.facecolor'] == 'white'",
#     "ax.xaxis.label.get_fontsize() > seaborn.plotting_context('notebook')['axes.labelsize']",
#     "(lambda shown: len(shown) == len(set(shown)) and set(trial['treatment'].dropna().astype(str)) <= set(shown) <= set(trial['treatment'].cat.categories.astype(str)))(list(figure_summary(fig).axes[0].legend_labels))",
#     "figure_summary(fig).axes[0].xlabel == 'Age (years)' and figure_summary(fig).axes[0].ylabel == 'Participants' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'basic'
# tags = ['styling', 'histogram']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

# set_theme changes matplotlib's global rcParams: later figures in the session get it too
sns.set_theme(style="whitegrid", context="talk", palette="colorblind")
fig, ax = plt.subplots(figsize=(8, 5))
sns.histplot(data=trial, x="age", hue="treatment", element="step", ax=ax)
ax.set(xlabel="Age (years)", ylabel="Participants", title="Age distribution by arm")
