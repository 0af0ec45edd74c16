import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

rain = pd.DataFrame(
    {
        "city": ["Oslo", "Oslo", "Bergen", "Bergen"],
        "month": pd.Categorical(["Jan", "Feb", "Jan", "Feb"], categories=["Jan", "Feb"]),
        "rain_mm": [49.2, 36.1, 190.4, 152.0],
    }
)
# a month category listing Jan before Feb keeps that column order through the reshape
table = rain.set_index(["city", "month"])["rain_mm"].unstack("month").sort_index()

fig, ax = plt.subplots(figsize=(4, 3))
sns.heatmap(table, annot=True, fmt=".1f", ax=ax)
ax.set(xlabel="month", ylabel="city", title="Rainfall (mm)")
