import pandas as pd

laps = pd.DataFrame(
    {
        "driver": ["ana", "ben", "ana", "ben", "ana", "ben", "ana"],
        "lap": [1, 1, 2, 2, 3, 3, 4],
        "seconds": [92.4, 93.1, 91.8, 93.5, 92.0, 92.2, 91.5],
    }
)
laps["best_so_far"] = laps.groupby("driver")["seconds"].transform(
    lambda times: times.expanding().min()
)
