import numpy as np
import scipy.signal as sps

t = np.linspace(0, 20, 201)


def overshoot_percent(system):
    # lsim with a unit step input is the step response
    _, response, _ = sps.lsim(system, U=np.ones_like(t), T=t)
    return 100 * (response.max() - 1)


overshoot_bessel = overshoot_percent(sps.lti(*sps.bessel(4, 1.0, analog=True, norm="phase")))
overshoot_butter = overshoot_percent(sps.lti(*sps.butter(4, 1.0, analog=True)))
