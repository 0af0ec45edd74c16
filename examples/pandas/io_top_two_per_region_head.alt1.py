import pandas as pd

reps = pd.DataFrame(
    {
        "region": ["north", "south", "north", "north", "south", "east"],
        "rep": ["ana", "ben", "cy", "dee", "eve", "fay"],
        "sales": [120, 90, 150, 80, 130, 70],
    }
)
position = reps.groupby("region")["sales"].rank(method="first", ascending=False)
top2 = reps[position <= 2].sort_values(["region", "sales"], ascending=[True, False])
