import numpy as np

ordered = rm_long.sort_values(["subject", "condition", "time"])
step = ordered.groupby(["subject", "condition"], observed=True)["score"].diff()
# a series is kept when none of its steps goes down
drops = (
    (step < 0).groupby([ordered["subject"], ordered["condition"]], observed=True).transform("any")
)
keep = ~drops.reindex(rm_long.index)
rising = rm_long[np.asarray(keep, dtype=bool)]
