# /// example
# task = """
# This code should show the correlation matrix of the numeric table `survey` (with missing \
# values) as a heatmap on `fig, ax` whose diverging colours put 0 at the neutral middle colour and \
# span the full correlation range -1 to 1, so matrices are comparable, but the colour scale runs \
# only from the smallest correlation to 1 and a correlation of 0 is not neutral:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# corr = survey.corr()
# fig, ax = plt.subplots(figsize=(5, 4))
# sns.heatmap(corr, cmap="coolwarm", annot=True, fmt=".2f", ax=ax)
# ```
#
# Fix it; keep the matrix in `corr`."""
# prompt = """
# My correlation heatmap of `survey` (kept in `corr`, drawn on `fig, ax`) uses a diverging map, \
# but 0 doesn't come out as the neutral colour and the scale stops at the smallest correlation \
# instead of covering -1 to 1:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# corr = survey.corr()
# fig, ax = plt.subplots(figsize=(5, 4))
# sns.heatmap(corr, cmap="coolwarm", annot=True, fmt=".2f", ax=ax)
# ```"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { survey = 'survey' }
# checks = [
#     'np.allclose(np.asarray(corr, dtype=float), survey.corr().to_numpy(), equal_nan=True)',
#     'np.allclose(figure_summary(fig).axes[0].color_limits[0], (-1, 1))',
#     # 0 maps to the middle of the colormap
#     '(lambda mesh: np.isclose(mesh.norm(0.0), 0.5))(ax.collections[0])',
#     '(lambda m: sorted(figure_summary(fig).axes[0].texts) == sorted(f"{v:.2f}" for v in m[np.isfinite(m)]))(survey.corr().to_numpy())',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'heatmap', 'correlation', 'colormap']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

corr = survey.corr()
fig, ax = plt.subplots(figsize=(5, 4))
# without fixed limits the colours stretch over the observed range; pin them to -1..1 around 0
sns.heatmap(corr, cmap="coolwarm", vmin=-1, vmax=1, center=0, annot=True, fmt=".2f", ax=ax)
