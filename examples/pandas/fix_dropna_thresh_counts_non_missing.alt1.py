complete_enough = survey[survey.isna().sum(axis=1) <= 1]
