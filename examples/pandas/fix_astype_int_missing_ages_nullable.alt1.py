import pandas as pd

age_years = pd.array(survey["age"].round(), dtype="Int64")
age_years = pd.Series(age_years, index=survey.index, name="age")
