import pandas as pd
from matplotlib import pyplot as plt

monthly = pd.DataFrame(
    {
        "temperature": weather["temperature"].resample("MS").mean(),
        "rainfall": weather["rainfall"].resample("MS").sum(),
    }
)

fig, ax = plt.subplots()
monthly["temperature"].plot(ax=ax, color="tab:red", label="temperature")
rain_ax = monthly["rainfall"].plot(
    ax=ax, secondary_y=True, mark_right=False, color="tab:blue", label="rainfall"
)
ax.set_ylabel("mean temperature (°C)")
rain_ax.set_ylabel("total rainfall (mm)")
handles = ax.get_legend_handles_labels()[0] + rain_ax.get_legend_handles_labels()[0]
ax.legend(handles=handles)
ax.set_title("Monthly temperature and rainfall")
