import pandas as pd

visits = pd.DataFrame(
    {
        "patient": ["p1", "p2", "p1", "p3", "p2", "p1"],
        "date": [
            "2024-01-03",
            "2024-01-04",
            "2024-01-10",
            "2024-01-11",
            "2024-01-15",
            "2024-01-20",
        ],
    }
)
visits["visit_no"] = visits.groupby("patient")["date"].rank(method="first").astype(int)
