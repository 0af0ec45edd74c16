"""Signal processing with scipy.signal: filter design and filtering, spectra, peaks, resampling."""

from __future__ import annotations

from collections.abc import Iterator

from . import ex
from ..example import Example

DOMAIN = "signal_processing"
LIBS = ["scipy.signal", "numpy"]


def examples() -> Iterator[Example]:
    yield ex(
        id="signal.butter_lowpass_filtfilt",
        task="""Apply a zero-phase 4th-order Butterworth low-pass filter with a 30 Hz cutoff to the
        1-D array `signal` sampled at `fs` Hz; store the result in `filtered`.""",
        code="""
            from scipy import signal as sps

            # second-order sections are numerically safer than (b, a) for IIR filters
            sos = sps.butter(4, 30, btype="lowpass", fs=fs, output="sos")
            filtered = sps.sosfiltfilt(sos, signal)
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"signal": "noisy.signal", "fs": "noisy.fs"},
        checks=[
            "filtered.shape == signal.shape",
            "band_power(filtered, fs, 60, fs / 2) < 0.05 * band_power(signal, fs, 60, fs / 2)",
            "band_power(filtered, fs, 0, 20) > 0.8 * band_power(signal, fs, 0, 20)",
        ],
        difficulty="intermediate",
        tags=["filter-design"],
    )
    for order in (2, 4, 8):
        yield ex(
            id=f"signal.butter_highpass.order{order}",
            family="signal.butter_highpass",
            task=f"""Design a Butterworth high-pass filter of order {order} with a 20 Hz cutoff for data
            sampled at `fs` Hz, as second-order sections in `sos`, and apply it causally to `signal`
            with `sosfilt`; store the output in `highpassed`.""",
            code=f"""
                from scipy import signal as sps

                sos = sps.butter({order}, 20, btype="highpass", fs=fs, output="sos")
                highpassed = sps.sosfilt(sos, signal)
            """,
            domain=DOMAIN,
            libraries=LIBS,
            inputs={"signal": "noisy.signal", "fs": "noisy.fs"},
            checks=[
                f"sos.shape == ({(order + 1) // 2}, 6)",
                "highpassed.shape == signal.shape",
                "band_power(highpassed, fs, 0, 8) < 0.2 * band_power(signal, fs, 0, 8)",
            ],
            difficulty="basic",
            tags=["filter-design", "parameter-tuning"],
        )
