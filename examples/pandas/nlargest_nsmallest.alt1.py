top5 = trial.nlargest(n=5, columns="response", keep="first")
bottom5 = trial.nsmallest(n=5, columns="dose", keep="first")
