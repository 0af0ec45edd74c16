import pandas as pd

visits = pd.DataFrame(
    {
        "clinic": ["east", "east", "west", "east", "west", "west", "east"],
        "sex": ["f", "m", "f", "f", "m", "m", "m"],
        "outcome": ["cured", "cured", "referred", "referred", "cured", "cured", "cured"],
    }
)
counts = visits.groupby(["clinic", "sex"])["outcome"].value_counts().unstack(fill_value=0)
