from scipy import stats

# one argument per condition: each column holds every subject's measurement under it
result = stats.friedmanchisquare(*matrix.T)
