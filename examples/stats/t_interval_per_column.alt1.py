import pandas as pd
from scipy import stats

rows = []
for name, col in measurements.items():
    n = col.count()
    low, high = stats.t.interval(0.95, n - 1, loc=col.mean(), scale=col.sem())
    rows.append({"column": name, "low": low, "high": high})
ci = pd.DataFrame(rows).set_index("column")
