import pandas as pd

scores = pd.DataFrame(
    {"math": [71, 88, 64], "physics": [68, 92, 70]},
    index=pd.Index(["ida", "jon", "kai"], name="student"),
)
long = scores.rename_axis(columns="subject").stack().rename("score").reset_index(level="subject")
