import matplotlib.pyplot as plt
import pandas as pd
import seaborn.objects as so

monthly = pd.DataFrame(
    {
        "temperature": weather["temperature"].resample("MS").mean(),
        "rainfall": weather["rainfall"].resample("MS").sum(),
    }
)
fig, ax = plt.subplots()
plot = (
    so.Plot(monthly, x="rainfall", y="temperature")
    .add(so.Path(marker="o"))
    .theme({"axes.facecolor": "white"})
    .label(x="monthly rainfall (mm)", y="mean temperature (C)", title="Climate loop")
)
plot.on(ax).plot()
