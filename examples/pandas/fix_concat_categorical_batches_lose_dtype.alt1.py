import pandas as pd

jan = pd.DataFrame({"ticket": [1, 2, 3], "status": pd.Categorical(["open", "closed", "open"])})
feb = pd.DataFrame({"ticket": [4, 5], "status": pd.Categorical(["escalated", "open"])})
tickets = pd.concat([jan, feb], ignore_index=True)
tickets["status"] = tickets["status"].astype("category")
