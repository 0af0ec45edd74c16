import numpy as np
import pandas as pd

rng = np.random.default_rng(0)
n_events = 60
events = pd.DataFrame(
    {
        "patient_id": rng.integers(100, 115, size=n_events),
        "severity": rng.choice(["mild", "moderate", "severe"], size=n_events),
    }
)

severity_order = pd.CategoricalDtype(categories=["mild", "moderate", "severe"], ordered=True)
events = events.astype({"severity": severity_order})
# with an ordered categorical, max means "most severe", not alphabetically last
worst_per_patient = events.groupby("patient_id")["severity"].max()
