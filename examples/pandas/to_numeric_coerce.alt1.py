import pandas as pd

# "{:.2f}" turns NaN into "nan", so blank those entries afterwards
raw_income = survey["income"].map("{:.2f}".format).where(survey["income"].notna(), "")
raw_income.iloc[::10] = "n/a"

income = pd.to_numeric(raw_income, errors="coerce")
# filled in (not blank) yet NaN after parsing
n_unparseable = int((income.isna() & raw_income.ne("")).sum())
