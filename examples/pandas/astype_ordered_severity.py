# /// example
# task = """
# Adverse-event reports `events` (60 rows of `patient_id` and a text `severity` of `mild`, \
# `moderate` or `severe`, drawn with `rng = np.random.default_rng(0)`) must be ranked by \
# severity, not alphabetically: convert `severity` with `astype(pd.CategoricalDtype(["mild", \
# "moderate", "severe"], ordered=True))`, then find each patient's worst event with \
# `groupby(...).max()` into `worst_per_patient`."""
# prompt = """
# Simulate 60 adverse-event reports `events` using `rng = np.random.default_rng(0)`: a \
# `patient_id` and a text `severity` that is "mild", "moderate" or "severe". Severity has to be \
# ranked clinically, not alphabetically, so turn the column into an ordered categorical with mild \
# < moderate < severe, then find each patient's worst event (the maximum severity per patient) in \
# `worst_per_patient`."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = {}
# checks = [
#     'events["severity"].cat.ordered',
#     'list(events["severity"].cat.categories) == ["mild", "moderate", "severe"]',
#     'len(worst_per_patient) == events["patient_id"].nunique()',
#     'all(worst_per_patient[p] == max(g, key=["mild", "moderate", "severe"].index) for p, g in events.groupby("patient_id")["severity"])',
# ]
# difficulty = 'intermediate'
# tags = ['categorical', 'groupby']
# ///
import numpy as np
import pandas as pd

rng = np.random.default_rng(0)
events = pd.DataFrame(
    {
        "patient_id": rng.integers(1, 21, size=60),
        "severity": rng.choice(["mild", "moderate", "severe"], size=60, p=[0.6, 0.3, 0.1]),
    }
)
# an unordered categorical refuses max(); ordered=True ranks the categories in the listed order
severity_type = pd.CategoricalDtype(["mild", "moderate", "severe"], ordered=True)
events["severity"] = events["severity"].astype(severity_type)
worst_per_patient = events.groupby("patient_id")["severity"].max()
