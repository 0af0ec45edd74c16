import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn.objects as so

samples = [a, b, c]
long = pd.DataFrame(
    {
        "group": np.repeat(["a", "b", "c"], [len(s) for s in samples]),
        "value": np.concatenate(samples),
    }
)

fig, ax = plt.subplots(figsize=(8, 4))
(
    so.Plot(long, x="value", color="group")
    .add(
        so.Bar(edgewidth=0.5),
        so.Hist("percent", bins=15, common_bins=True, common_norm=False),
        so.Dodge(gap=0.1),
    )
    .label(x="Value", y="Percent of group", color="Group", title="Per-group histograms")
    .on(ax)
    .plot()
)
