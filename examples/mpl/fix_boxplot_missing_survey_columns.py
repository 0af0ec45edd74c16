# /// example
# task = """
# This code draws one box per column of the table `survey` (`income`, `age`, `score`, `hours`) \
# on `fig, ax` and keeps what `boxplot` returns in `bp`. It runs, but every column has missing \
# values and the boxes come out empty (their median and quartiles are NaN):
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, ax = plt.subplots()
# bp = ax.boxplot(survey.to_numpy())
# ax.set_xticks(range(1, survey.shape[1] + 1), survey.columns)
# ax.set(ylabel="value", title="Survey answers")
# ```
#
# Fix it so each box summarises the answers that are present in its column, keeping `bp` and \
# the column names as tick labels."""
# prompt = """
# I want a box per column of my `survey` table (income, age, score, hours) on `fig, ax`, the \
# return value in `bp`, but the columns have gaps (NaN) and the boxes are blank:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, ax = plt.subplots()
# bp = ax.boxplot(survey.to_numpy())
# ax.set_xticks(range(1, survey.shape[1] + 1), survey.columns)
# ax.set(ylabel="value", title="Survey answers")
# ```
#
# Each box should use the non-missing answers of its column; keep the column names as tick \
# labels."""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas', 'numpy']
# inputs = { survey = 'survey' }
# checks = [
#     'len(bp["medians"]) == survey.shape[1]',
#     # medians and quartiles of the present values, column by column
#     'all(np.isclose(np.mean(m.get_ydata()), survey[c].median()) for m, c in zip(bp["medians"], survey.columns) if survey[c].notna().any())',
#     'all(np.allclose([np.min(b.get_path().vertices[:, 1]), np.max(b.get_path().vertices[:, 1])], survey[c].quantile([0.25, 0.75]).to_numpy()) for b, c in zip(bp["boxes"], survey.columns) if survey[c].notna().any())',
#     'figure_summary(fig).axes[0].xticklabels == list(survey.columns)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'box-plot', 'missing-data']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
# boxplot does not skip NaN: pass each column's present values as its own sample
samples = [survey[column].dropna().to_numpy() for column in survey.columns]
bp = ax.boxplot(samples)
ax.set_xticks(range(1, len(samples) + 1), survey.columns)
ax.set(ylabel="value", title="Survey answers")
