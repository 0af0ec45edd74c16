from sklearn.linear_model import LinearRegression

columns = ["income", "age", "hours", "score"]
complete = survey.loc[survey[columns].notna().all(axis=1)]
model = LinearRegression()
model.fit(complete[["income", "age", "hours"]], complete["score"])
