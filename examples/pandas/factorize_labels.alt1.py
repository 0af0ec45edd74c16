treatment = trial["treatment"]

# Series.factorize is the method form of pd.factorize; sort=True numbers the labels alphabetically
codes, uniques = treatment.factorize(sort=True)
