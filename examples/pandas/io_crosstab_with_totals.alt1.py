import pandas as pd

log = pd.DataFrame(
    {
        "shift": ["day", "night", "day", "day", "night", "night"],
        "defect": ["yes", "no", "no", "no", "yes", "yes"],
    }
)
counts = log.groupby(["shift", "defect"]).size().unstack(fill_value=0)
counts["Total"] = counts.sum(axis=1)
counts.loc["Total"] = counts.sum()
