import io

import pandas as pd

raw_csv = "site,dose,response\nwest,1.0,5.5\neast,2.0,6.1\nsouth,3.5,8.0,extra\nnorth,0.5,4.2\n"

parsed = pd.read_csv(io.StringIO(raw_csv), on_bad_lines="skip")
data_lines = [line for line in raw_csv.splitlines()[1:] if line.strip()]
n_skipped = len(data_lines) - len(parsed)
