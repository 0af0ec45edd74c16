# /// example
# task = """
# Write `survey` (it has missing values) to Parquet bytes in memory with `to_parquet` into an \
# `io.BytesIO`, read it back with `pd.read_parquet(..., dtype_backend="pyarrow")` so every column \
# is Arrow-backed with `<NA>` for missing values, and store the frame in `arrow_survey`. Then make \
# the whole-year `age` column an Arrow integer column `age_years` (dtype `int64[pyarrow]`), \
# rounding to the nearest year first and keeping the missing ages missing."""
# prompt = """
# `survey` has gaps. Round-trip it through Parquet in memory (a BytesIO, no file) and read it \
# back with Arrow-backed dtypes into `arrow_survey`, so missing values come back as <NA>. Then \
# turn `age` into whole years as an Arrow integer column (`int64[pyarrow]`) called `age_years`: \
# round to the nearest year first, and leave missing ages missing."""
# domain = 'data_processing'
# libraries = ['pandas', 'pyarrow']
# inputs = { survey = 'survey' }
# checks = [
#     'all(isinstance(dtype, pd.ArrowDtype) for dtype in arrow_survey.dtypes)',
#     'list(arrow_survey.columns) == list(survey.columns) and list(arrow_survey.index) == list(survey.index)',
#     'arrow_survey.isna().sum().equals(survey.isna().sum())',
#     'np.allclose(arrow_survey["income"].to_numpy(dtype=float, na_value=np.nan), survey["income"], equal_nan=True)',
#     'str(age_years.dtype) == "int64[pyarrow]"',
#     'age_years.isna().to_numpy().tolist() == survey["age"].isna().tolist()',
#     'np.array_equal(age_years.dropna().to_numpy(dtype="int64"), np.round(survey["age"].dropna().to_numpy()).astype("int64"))',
# ]
# difficulty = 'intermediate'
# tags = ['file-io', 'data-types', 'missing-data']
# [edge_cases]
# nan = true
# why = 'survey has missing values, so the generated frames carry them too'
# ///
import io

import pandas as pd
import pyarrow as pa

buffer = io.BytesIO()
survey.to_parquet(buffer)
buffer.seek(0)
arrow_survey = pd.read_parquet(buffer, dtype_backend="pyarrow")

# Arrow refuses to truncate fractions when casting to an integer type, so round first
age_years = arrow_survey["age"].round().astype(pd.ArrowDtype(pa.int64()))
