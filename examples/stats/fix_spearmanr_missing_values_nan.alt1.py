import scipy.stats

res = scipy.stats.spearmanr(survey["income"], survey["score"], nan_policy="omit")
rho, p_value = res.statistic, res.pvalue
