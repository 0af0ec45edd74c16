import pandas as pd

runs = pd.DataFrame(
    {
        "plant": ["B", "A", "B", "A", "C", "B"],
        "line": [2, 1, 2, 2, 1, 1],
        "output": [310, 295, 305, 280, 330, 290],
    }
)
pairs = pd.MultiIndex.from_frame(runs[["plant", "line"]])
# factorize codes values in order of first appearance
runs["batch_id"] = pd.factorize(pairs)[0]
