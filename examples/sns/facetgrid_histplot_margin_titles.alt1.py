import numpy as np
import seaborn as sns

# one set of edges from all responses, so the panels are directly comparable
_, bins = np.histogram(trial["response"], bins=12)

g = sns.FacetGrid(trial, row="treatment", col="site", margin_titles=True, height=2.5)
g.map_dataframe(sns.histplot, x="response", bins=bins)
g.set_axis_labels("Response", "Count")
g.set_titles(row_template="{row_name}", col_template="{col_name}")
