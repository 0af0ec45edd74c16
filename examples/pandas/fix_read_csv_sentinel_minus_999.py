# /// example
# task = '''
# A logger writes -999 when a sensor fails. This code reads its CSV text `csv_text` into
# `readings` and averages each measured column into `means` (indexed `temp`, `rain`), but the
# failure codes drag the means far below zero. Treat -999 as missing when reading, so that
# `readings` holds no -999 and `means` averages the real values only:
#
# ```python
# import io
#
# import pandas as pd
#
# csv_text = "station,temp,rain\nA,12.5,0.0\nB,-999,1.2\nC,14.0,-999\nD,13.1,0.4\n"
# readings = pd.read_csv(io.StringIO(csv_text))
# means = readings[["temp", "rain"]].mean()
# ```
#
# Fix it.'''
# prompt = '''
# My weather logger marks failed readings with -999. When I average `temp` and `rain` from its
# CSV export `csv_text` into `means`, I get about -240:
#
# ```python
# import io
#
# import pandas as pd
#
# csv_text = "station,temp,rain\nA,12.5,0.0\nB,-999,1.2\nC,14.0,-999\nD,13.1,0.4\n"
# readings = pd.read_csv(io.StringIO(csv_text))
# means = readings[["temp", "rain"]].mean()
# ```
#
# How do I make pandas treat -999 as missing, so `readings` has no -999 left and `means` uses
# only real readings?'''
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'np.isclose(means["temp"], np.mean([12.5, 14.0, 13.1])) and np.isclose(means["rain"], np.mean([0.0, 1.2, 0.4]))',
#     'not (readings[["temp", "rain"]] == -999).any().any() and readings["station"].tolist() == ["A", "B", "C", "D"]',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'missing-data', 'file-io']
# ///
import io

import pandas as pd

csv_text = "station,temp,rain\nA,12.5,0.0\nB,-999,1.2\nC,14.0,-999\nD,13.1,0.4\n"
# na_values adds -999 to the markers read as NaN, and mean() skips NaN
readings = pd.read_csv(io.StringIO(csv_text), na_values=[-999])
means = readings[["temp", "rain"]].mean()
