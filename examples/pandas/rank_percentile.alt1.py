score = survey["score"]
# average rank of ties divided by the number of non-missing scores; NaN keeps NaN
survey["score_pct"] = score.rank(method="average") / score.count()
