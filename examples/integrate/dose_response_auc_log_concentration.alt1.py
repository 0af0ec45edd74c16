import numpy as np
from scipy import integrate

# np.unique returns the concentrations sorted, as the trapezoid rule needs
concentrations = np.unique(dose_response["concentration"].to_numpy())
mean_response = np.array(
    [dose_response["response"][dose_response["concentration"] == c].mean() for c in concentrations]
)
log_conc = np.log10(concentrations)
auc = integrate.trapezoid(mean_response, log_conc)
