import io

import numpy as np
import pandas as pd

csv_text = "station,temp,rain\nA,12.5,0.0\nB,-999,1.2\nC,14.0,-999\nD,13.1,0.4\n"
readings = pd.read_csv(io.StringIO(csv_text)).replace(-999, np.nan)
means = readings[["temp", "rain"]].mean()
