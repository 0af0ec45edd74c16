import pandas as pd

scores = pd.DataFrame(
    {
        "team": ["x", "x", "x", "y", "y"],
        "player": ["ann", "bob", "cy", "dee", "eve"],
        "points": [12, 15, 12, 9, 11],
    }
)
ranks = scores.groupby("team")["points"].transform(
    lambda points: points.map(
        {value: place for place, value in enumerate(sorted(set(points), reverse=True), start=1)}
    )
)
scores["rank"] = ranks.astype("int64")
