import pandas as pd

shops = pd.DataFrame(
    {
        "shop": [1, 2, 3, 4, 5, 6],
        "region": [" north", "NORTH", "N.", "South ", "s.", "south"],
    }
)
first_letter = shops["region"].str.strip().str[0].str.upper()
shops["region"] = first_letter.map({"N": "North", "S": "South"})
