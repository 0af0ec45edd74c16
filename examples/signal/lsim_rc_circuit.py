# /// example
# task = """
# Simulate an RC low-pass circuit with a 20 Hz corner frequency, as the continuous-time transfer \
# function 1 / (tau s + 1) (`TransferFunction`), driven by `signal` sampled at `fs` Hz on the \
# time axis `t`. The circuit was already running when the record began: start it in steady state \
# for the first input value (initial state `x0`) rather than discharged. Store the circuit output \
# from `lsim` in `response` and its time axis in `t_out`."""
# prompt = """
# I want to simulate an RC low-pass circuit with a 20 Hz corner, modelled as the continuous-time \
# transfer function 1 / (tau s + 1), driven by `signal` sampled at `fs` Hz on the time axis `t`. \
# The circuit was already running when the record began, so start it in steady state for the \
# first input value (initial state `x0`) instead of discharged. Store the simulated output in \
# `response` and its time axis in `t_out`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { signal = 'noisy.signal', t = 'noisy.t', fs = 'noisy.fs' }
# checks = [
#     'response.shape == signal.shape and np.allclose(t_out, t)',
#     # in steady state for the first input value, a unit-gain low-pass outputs that value at once
#     'np.isclose(response[0], signal[0], rtol=1e-6, atol=1e-9 * np.abs(signal).max())',
#     # a first-order low-pass is gentle: |H|**2 is still 0.86 at 8 Hz
#     'band_power(response, fs, 0, 8) >= 0.7 * band_power(signal, fs, 0, 8) - 0.0001 * band_power(signal, fs, 0, fs / 2)',
#     'band_power(response, fs, 100, fs / 2) <= 0.1 * band_power(signal, fs, 100, fs / 2) + 0.0001 * band_power(signal, fs, 0, fs / 2)',
# ]
# difficulty = 'intermediate'
# tags = ['lti-system', 'filtering']
# [edge_cases]
# min_seconds = 0.5
# why = 'the checks read the 0-8 Hz band, which takes periodogram bins (1 / duration) a few times finer than 8 Hz'
# ///
import numpy as np
from scipy import signal as sps

tau = 1 / (2 * np.pi * 20)  # RC time constant for a 20 Hz corner
rc = sps.TransferFunction([1], [tau, 1])
# steady state for a constant input u0 is where dx/dt = A x + B u0 = 0; lsim takes the state
# of the same state-space form that to_ss() gives
state_space = rc.to_ss()
x0 = -np.linalg.solve(state_space.A, state_space.B[:, 0] * signal[0])
t_out, response, _ = sps.lsim(rc, U=signal, T=t, X0=x0)
