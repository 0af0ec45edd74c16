import pandas as pd

pieces = {}
for site, group in trial[["site", "dose", "response"]].groupby("site", observed=True):
    top = group.sort_values("response", ascending=False).head(2)
    pieces[site] = pd.DataFrame(
        {
            "dose": top["dose"],
            "response": top["response"],
            "above_median": top["response"] - group["response"].median(),
        }
    )

leaders = pd.concat(pieces, names=["site", None])
