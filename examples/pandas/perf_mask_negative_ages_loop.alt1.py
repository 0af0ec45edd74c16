import numpy as np

ages = survey["age"].copy()
ages[ages < 0] = np.nan
