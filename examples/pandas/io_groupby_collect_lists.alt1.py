import pandas as pd

assignments = pd.DataFrame(
    {
        "team": ["red", "blue", "red", "green", "blue", "red"],
        "member": ["ana", "ben", "cy", "dee", "eve", "fay"],
    }
)
rosters = assignments.groupby("team")["member"].agg(lambda names: names.tolist())
