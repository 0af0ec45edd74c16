import matplotlib.pyplot as plt

fig, axes = plt.subplots(2, 2, figsize=(8, 6), layout="constrained")
# pandas draws one histogram per column into the given Axes and titles them by column name
df.iloc[:, :4].hist(bins=20, ax=axes, grid=False)
fig.supxlabel("value")
fig.supylabel("count")
fig.suptitle("Distributions of measured variables")
