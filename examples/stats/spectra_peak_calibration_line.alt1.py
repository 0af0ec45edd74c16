import math

import numpy as np
import scipy.stats as ss

col = int(np.mean(absorbance, axis=0).argmax())
peak_wavelength = float(wavelength[col])
y = absorbance[:, col]
if len(set(np.asarray(concentration).tolist())) > 1:
    fit = ss.linregress(x=concentration, y=y)
    r_squared = float(fit.rvalue) ** 2
else:
    fit, r_squared = None, math.nan
