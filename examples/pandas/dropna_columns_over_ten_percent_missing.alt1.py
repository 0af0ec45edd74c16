import math

# a column may keep at most 10% gaps, so it needs at least 90% of the rows present (rounded up)
min_present = math.ceil(9 * len(survey) / 10)
kept = survey.dropna(axis="columns", thresh=min_present)
dropped = survey.columns.difference(kept.columns, sort=False).tolist()
