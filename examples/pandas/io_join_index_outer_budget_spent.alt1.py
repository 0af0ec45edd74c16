import pandas as pd

budget = pd.DataFrame(
    {"budget": [500, 300, 200]}, index=pd.Index(["rent", "food", "travel"], name="item")
)
spent = pd.DataFrame(
    {"spent": [480, 350, 60]}, index=pd.Index(["rent", "food", "gifts"], name="item")
)
report = pd.merge(budget, spent, left_index=True, right_index=True, how="outer")
report["left_over"] = report["budget"] - report["spent"]
