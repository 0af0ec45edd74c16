from io import BytesIO

import pandas as pd

arrow_survey = pd.read_parquet(BytesIO(survey.to_parquet()), dtype_backend="pyarrow")
age_years = arrow_survey["age"].round(0).astype("int64[pyarrow]")
