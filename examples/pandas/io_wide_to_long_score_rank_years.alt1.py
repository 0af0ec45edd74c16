import pandas as pd

results = pd.DataFrame(
    {
        "student": ["ana", "ben"],
        "score_2023": [71, 64],
        "rank_2023": [3, 5],
        "score_2024": [78, 69],
        "rank_2024": [2, 4],
    }
)
melted = results.melt(id_vars="student")
melted[["measure", "year"]] = melted["variable"].str.split("_", expand=True)
melted["year"] = melted["year"].astype(int)
panel = (
    melted.pivot(index=["student", "year"], columns="measure", values="value")
    .reset_index()
    .loc[:, ["student", "year", "score", "rank"]]
    .rename_axis(columns=None)
)
