from io import StringIO

import pandas as pd

log_text = """Logger v2.3 export
Site: Lake Ridge
time,temp_c,status
08:00,12.5,ok
08:10,12.9,ok
# sensor offline 08:20-08:30
08:40,13.4,ok
08:50,,fault
"""
data_lines = [line for line in log_text.splitlines()[2:] if not line.startswith("#")]
readings = pd.read_csv(StringIO("\n".join(data_lines)))
