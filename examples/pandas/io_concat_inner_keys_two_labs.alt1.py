import pandas as pd

lab_a = pd.DataFrame({"sample": ["S1", "S2"], "ph": [7.10, 6.85], "nitrate": [2.4, 3.1]})
lab_b = pd.DataFrame(
    {
        "sample": ["S3", "S4", "S5"],
        "nitrate": [1.9, 2.7, 3.3],
        "ph": [7.40, 6.95, 7.05],
        "phosphate": [0.22, 0.31, 0.18],
    }
)
shared = lab_a.columns.intersection(lab_b.columns)
combined = pd.concat({"lab_a": lab_a[shared], "lab_b": lab_b[shared]})
