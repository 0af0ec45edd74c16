"""Signal processing with scipy.signal: filter design and filtering, spectra, peaks, resampling."""

from __future__ import annotations

from collections.abc import Iterator

from . import ex
from ..example import Example

DOMAIN = "signal_processing"
LIBS = ["scipy.signal", "numpy"]
PLOT_LIBS = ["scipy.signal", "numpy", "matplotlib"]
NOISY = {"signal": "noisy.signal", "fs": "noisy.fs"}
NOISY_TONES = {"signal": "noisy.signal", "fs": "noisy.fs", "tones": "noisy.tones"}
AUDIO = {"signal": "audio.signal", "fs": "audio.fs"}
AUDIO_TONES = {"signal": "audio.signal", "fs": "audio.fs", "tones": "audio.tones"}


def power(var: str, lo: str, hi: str, rate: str = "fs") -> str:
    """A check's term: the power of `var` (sampled at `rate` Hz) between `lo` and `hi` Hz."""
    return f"band_power({var}, {rate}, {lo}, {hi})"


def band_removed(var: str, lo: str, hi: str, ratio: float = 0.05, floor: float = 1e-4) -> str:
    """A check: `var` keeps at most `ratio` of the input's power between `lo` and `hi` Hz, give or take
    `floor` times the input's total power (a band the input has next to nothing in judges no filter)."""
    total = power("signal", "0", "fs / 2")
    return f"{power(var, lo, hi)} <= {ratio} * {power('signal', lo, hi)} + {floor:g} * {total}"


def band_kept(var: str, lo: str, hi: str, ratio: float = 0.8, floor: float = 1e-4) -> str:
    """A check: `var` keeps at least `ratio` of the input's power between `lo` and `hi` Hz, give or take
    `floor` times the input's total power."""
    total = power("signal", "0", "fs / 2")
    return f"{power(var, lo, hi)} >= {ratio} * {power('signal', lo, hi)} - {floor:g} * {total}"


def tone_kept(var: str, tone: str, ratio: float = 0.8) -> str:
    """A check: the power of `var` within 2 Hz of `tone` is at least `ratio` of the input's."""
    return band_kept(var, f"{tone} - 2", f"{tone} + 2", ratio)


def tone_removed(var: str, tone: str, ratio: float = 0.05) -> str:
    """A check: the power of `var` within 2 Hz of `tone` is at most `ratio` of the input's."""
    return band_removed(var, f"{tone} - 2", f"{tone} + 2", ratio)


def examples() -> Iterator[Example]:
    yield from _iir_filters()
    yield from _fir_filters()
    yield from _smoothing_and_resampling()
    yield from _spectra()
    yield from _peaks_and_correlation()
    yield from _waveforms_and_systems()
    yield from _error_handling()
    yield from _plots()


def _iir_filters() -> Iterator[Example]:
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
        libraries=["scipy.signal"],
        inputs=NOISY,
        checks=[
            "filtered.shape == signal.shape",
            band_removed("filtered", "60", "fs / 2"),
            band_kept("filtered", "0", "20"),
        ],
        difficulty="basic",
        tags=["filter-design", "lowpass", "zero-phase"],
        edge_cases={
            "min_seconds": 0.2,
            "why": "the checks tell the 0-20 Hz passband from the stopband above 60 Hz, which takes periodogram bins (1 / "
            "duration) a few times finer than that gap",
        },
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
            libraries=["scipy.signal"],
            inputs=NOISY,
            checks=[
                f"sos.shape == ({(order + 1) // 2}, 6)",
                "highpassed.shape == signal.shape",
                band_removed("highpassed", "0", "8", 0.2),
                band_kept("highpassed", "40", "fs / 2"),
            ],
            difficulty="basic",
            tags=["filter-design", "highpass", "parameter-tuning"],
            edge_cases={
                "min_seconds": 0.5,
                "why": "the checks read the 0-8 Hz band, which takes periodogram bins (1 / duration) a few times finer than 8 Hz, and "
                "a causal high-pass's start-up transient must be a small part of the record",
            },
        )

    # filter family x order: same 30 Hz low-pass spec, different trade-offs
    families = {
        "cheby1": dict(
            order=4,
            what="a Chebyshev type I low-pass of order 4 with 1 dB passband ripple and a 30 Hz passband edge",
            design='sps.cheby1(4, 1, 30, btype="lowpass", fs=fs, output="sos")',
            comment="# ripple in the passband buys a steeper roll-off than Butterworth",
            response=[
                "np.isclose(np.abs(h).max(), 1, atol=1e-3)",
                "np.abs(h[w <= 30]).min() > 10 ** (-1 / 20) - 1e-3",
            ],
        ),
        "cheby2": dict(
            order=6,
            what="a Chebyshev type II low-pass of order 6 with 40 dB stopband attenuation from 45 Hz",
            design='sps.cheby2(6, 40, 45, btype="lowpass", fs=fs, output="sos")',
            comment="# for cheby2 the critical frequency is the stopband edge, not the -3 dB point",
            response=[
                "np.abs(h[w >= 45]).max() < 10 ** (-40 / 20) * 1.01",
                "np.abs(h[w <= 10]).min() > 0.9",
            ],
        ),
        "ellip": dict(
            order=4,
            what="an elliptic low-pass of order 4 with 1 dB ripple, 50 dB stopband attenuation and a 30 Hz passband edge",
            design='sps.ellip(4, 1, 50, 30, btype="lowpass", fs=fs, output="sos")',
            comment="# elliptic filters have the sharpest transition for a given order",
            response=[
                "np.abs(h[w <= 30]).min() > 10 ** (-1 / 20) - 1e-3",
                "np.abs(h[w >= 60]).max() < 10 ** (-50 / 20) * 1.01",
            ],
        ),
        "bessel": dict(
            order=6,
            what="a Bessel low-pass of order 6 with its -3 dB point at 30 Hz (`norm=\"mag\"`)",
            design='sps.bessel(6, 30, btype="lowpass", norm="mag", fs=fs, output="sos")',
            comment="# Bessel keeps the group delay nearly flat, so pulses are not distorted by ringing",
            response=[
                "np.isclose(np.abs(h[np.argmin(np.abs(w - 30))]), 10 ** (-3 / 20), atol=0.02)",
                "np.all(np.diff(np.abs(h)) <= 1e-9)",
            ],
        ),
    }
    for name, spec in families.items():
        yield ex(
            id=f"signal.iir_lowpass_family.{name}",
            family="signal.iir_lowpass_family",
            task=f"""Design {spec['what']} as second-order sections `sos` for data sampled at `fs` Hz,
            apply it with zero phase to `signal` (store `filtered`), and compute its magnitude response
            `w` (Hz), `h` on 2048 frequencies with `sosfreqz`.""",
            code=f"""
                from scipy import signal as sps

                {spec['comment']}
                sos = {spec['design']}
                filtered = sps.sosfiltfilt(sos, signal)
                w, h = sps.sosfreqz(sos, worN=2048, fs=fs)
            """,
            domain=DOMAIN,
            libraries=["scipy.signal"],
            inputs=NOISY,
            checks=[
                f"sos.shape == ({spec['order'] // 2}, 6)",
                "filtered.shape == signal.shape",
                band_removed("filtered", "100", "fs / 2", 0.02),
                # even-order Chebyshev I / elliptic designs sit at -rp dB at DC (twice that after filtfilt)
                band_kept("filtered", "0", "8", 0.5),
                *spec["response"],
            ],
            difficulty="intermediate",
            tags=["filter-design", "lowpass", name, "parameter-tuning"],
            edge_cases={
                "min_seconds": 0.5,
                "why": "the checks read the 0-8 Hz band, which takes periodogram bins (1 / duration) a few times finer than 8 Hz",
            },
        )

    yield ex(
        id="signal.lfilter_zi_startup",
        task="""Smooth `signal` (sampled at `fs` Hz) with a causal 3rd-order Butterworth low-pass at
        20 Hz in (b, a) form using `lfilter`, starting the filter in steady state at the first sample
        (`lfilter_zi`) so the output has no start-up transient; store it in `smoothed`.""",
        code="""
            from scipy import signal as sps

            b, a = sps.butter(3, 20, fs=fs)
            # lfilter_zi is the state for a unit step; scale it to the first sample
            zi = sps.lfilter_zi(b, a) * signal[0]
            smoothed, _ = sps.lfilter(b, a, signal, zi=zi)
        """,
        domain=DOMAIN,
        libraries=["scipy.signal"],
        inputs=NOISY,
        checks=[
            "smoothed.shape == signal.shape",
            "np.isclose(smoothed[0], signal[0])",
            band_removed("smoothed", "100", "fs / 2"),
        ],
        difficulty="intermediate",
        tags=["filter-design", "initial-conditions", "causal"],
        edge_cases=True,
    )
    yield ex(
        id="signal.sosfilt_streaming_blocks",
        task="""Simulate real-time filtering: run a 4th-order Butterworth 30 Hz low-pass (second-order
        sections `sos`, `fs` Hz) over `signal` in 8 consecutive blocks, carrying the filter state `zi` from block to block
        (start from `sosfilt_zi` scaled by the first sample); store the concatenated output in
        `streamed`.""",
        code="""
            import numpy as np
            from scipy import signal as sps

            sos = sps.butter(4, 30, fs=fs, output="sos")
            zi = sps.sosfilt_zi(sos) * signal[0]
            blocks = []
            for block in np.array_split(signal, 8):
                out, zi = sps.sosfilt(sos, block, zi=zi)
                blocks.append(out)
            streamed = np.concatenate(blocks)
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs=NOISY,
        checks=[
            "streamed.shape == signal.shape",
            "np.allclose(streamed, scipy.signal.sosfilt(sos, signal, zi=scipy.signal.sosfilt_zi(sos) * signal[0])[0])",
            band_removed("streamed", "100", "fs / 2"),
        ],
        difficulty="advanced",
        tags=["filter-design", "streaming", "initial-conditions"],
        edge_cases=True,
    )
    yield ex(
        id="signal.iirnotch_hum",
        task="""Remove the narrow-band interference at the known frequency `tones[1]` (Hz) from `signal`
        (sampled at `fs` Hz) with an IIR notch filter of quality factor 30 applied with zero phase;
        store the result in `cleaned`.""",
        code="""
            from scipy import signal as sps

            # Q = f0 / bandwidth: Q=30 removes about a 1.7 Hz band around a 50 Hz hum
            b, a = sps.iirnotch(tones[1], Q=30, fs=fs)
            cleaned = sps.filtfilt(b, a, signal)
        """,
        domain=DOMAIN,
        libraries=["scipy.signal"],
        inputs=NOISY_TONES,
        checks=[
            "cleaned.shape == signal.shape",
            tone_removed("cleaned", "tones[1]", 0.1),
            tone_kept("cleaned", "tones[0]", 0.9),
            tone_kept("cleaned", "tones[2]", 0.9),
        ],
        difficulty="basic",
        tags=["filter-design", "notch", "interference"],
        edge_cases={
            "tone_ranges": [[2, 20], [40, 70], [100, 200]],
            "noise_only": False,
            "min_seconds": 1.0,
            "why": "the interference frequency `tones[1]` is part of the input (drawn anywhere in 40-70 Hz, clear of the other tones), "
            "and a pure-noise draw has no tones; a Q = 30 notch rings for about Q / (pi f0) (0.2 s) at each end of a "
            "zero-phase pass, and the checks' 4 Hz bands need bins finer than 1 Hz: a second of signal or more",
        },
    )
    yield ex(
        id="signal.iirpeak_isolate_tone",
        task="""Isolate the component at the known frequency `tones[2]` (Hz) of `signal` (sampled at `fs`
        Hz) with an IIR peak (resonator) filter of quality factor 20, applied with zero phase; store
        the result in `isolated`.""",
        code="""
            from scipy import signal as sps

            b, a = sps.iirpeak(tones[2], Q=20, fs=fs)
            isolated = sps.filtfilt(b, a, signal)
        """,
        domain=DOMAIN,
        libraries=["scipy.signal"],
        inputs=NOISY_TONES,
        checks=[
            "isolated.shape == signal.shape",
            "abs(dominant_frequency(isolated, fs) - tones[2]) <= 2 * fs / len(signal)",
            tone_removed("isolated", "tones[0]", 0.05),
            tone_kept("isolated", "tones[2]", 0.7),
        ],
        difficulty="basic",
        tags=["filter-design", "bandpass", "resonator"],
        edge_cases={
            "tone_ranges": [[2, 20], [40, 70], [100, 200]],
            "noise_only": False,
            "min_seconds": 0.5,
            "why": "the component's frequency `tones[2]` is part of the input (drawn anywhere in 100-200 Hz, clear of the other tones), "
            "and a pure-noise draw has no tones; the checks' 4 Hz bands need periodogram bins (1 / duration) of 2 Hz or finer",
        },
    )
    yield ex(
        id="signal.filter_representations",
        task="""Design a 4th-order Chebyshev type I low-pass (1 dB ripple, 30 Hz edge, `fs` Hz) in
        transfer-function form `b`, `a`; convert it to zeros/poles/gain `z`, `p`, `k` with `tf2zpk`,
        and to second-order sections both from (b, a) (`sos_from_tf`, via `tf2sos`) and from the
        zpk form (`sos_from_zpk`, via `zpk2sos`); filter `signal` with `sos_from_zpk` into
        `filtered`.""",
        code="""
            import numpy as np
            from scipy import signal as sps

            b, a = sps.cheby1(4, 1, 30, fs=fs)
            z, p, k = sps.tf2zpk(b, a)
            sos_from_tf = sps.tf2sos(b, a)
            sos_from_zpk = sps.zpk2sos(z, p, k)
            filtered = sps.sosfilt(sos_from_zpk, signal)
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs=NOISY,
        checks=[
            "len(p) == 4 and np.all(np.abs(p) < 1)",
            "sos_from_tf.shape == sos_from_zpk.shape == (2, 6)",
            "np.allclose(scipy.signal.sosfreqz(sos_from_tf, fs=fs)[1], scipy.signal.freqz(b, a, fs=fs)[1])",
            "np.allclose(filtered, scipy.signal.lfilter(b, a, signal))",
        ],
        difficulty="intermediate",
        tags=["filter-design", "transfer-function", "zpk"],
        edge_cases=True,
    )
    yield ex(
        id="signal.order_selection",
        task="""For a low-pass spec on data sampled at `fs` Hz (passband edge 40 Hz with at most 1 dB
        loss, stopband from 60 Hz with at least 40 dB attenuation), find the minimum order of a
        Butterworth, Chebyshev I and elliptic design with `buttord`, `cheb1ord`, `ellipord` (store them
        in the dict `orders` keyed "butter", "cheby1", "ellip"); design the elliptic filter as `sos` and
        evaluate its response `h` at the two band edges.""",
        code="""
            from scipy import signal as sps

            wp, ws = 40, 60  # passband and stopband edges (Hz)
            gpass, gstop = 1, 40  # max passband loss, min stopband attenuation (dB)
            orders = {}
            for name, order_for in [("butter", sps.buttord), ("cheby1", sps.cheb1ord), ("ellip", sps.ellipord)]:
                orders[name], _ = order_for(wp, ws, gpass, gstop, fs=fs)

            order, wn = sps.ellipord(wp, ws, gpass, gstop, fs=fs)
            sos = sps.ellip(order, gpass, gstop, wn, fs=fs, output="sos")
            _, h = sps.sosfreqz(sos, worN=[wp, ws], fs=fs)
        """,
        domain=DOMAIN,
        libraries=["scipy.signal"],
        inputs={"fs": "noisy.fs"},
        checks=[
            "orders['ellip'] <= orders['cheby1'] <= orders['butter']",
            "sos.shape[0] == (orders['ellip'] + 1) // 2",
            "20 * np.log10(abs(h[0])) >= -1 - 1e-6",
            "20 * np.log10(abs(h[1])) <= -40 + 1e-6",
        ],
        difficulty="advanced",
        tags=["filter-design", "order-selection", "specification"],
        edge_cases=True,
    )


def _fir_filters() -> Iterator[Example]:
    # btype sweep: same windowed-sinc design, band edges halfway between neighbouring known tones
    low_edge = "low_edge = (tones[0] + tones[1]) / 2"
    high_edge = "high_edge = (tones[1] + tones[2]) / 2"
    low_text = "`low_edge` (halfway between the known tone frequencies `tones[0]` and `tones[1]`)"
    high_text = "`high_edge` (halfway between the known tone frequencies `tones[1]` and `tones[2]`)"
    bands = {
        "lowpass": ([low_edge], "low_edge", f"cutoff {low_text}", ["tones[0]"], ["tones[1]", "tones[2]"]),
        "highpass": ([high_edge], "high_edge", f"cutoff {high_text}", ["tones[2]"], ["tones[0]", "tones[1]"]),
        "bandpass": ([low_edge, high_edge], "[low_edge, high_edge]", f"band edges {low_text} and {high_text}", ["tones[1]"], ["tones[0]", "tones[2]"]),
        "bandstop": ([low_edge, high_edge], "[low_edge, high_edge]", f"band edges {low_text} and {high_text}", ["tones[0]", "tones[2]"], ["tones[1]"]),
    }
    for btype, (edge_lines, cutoff, edges_text, kept, removed) in bands.items():
        edge_code = "\n                ".join(edge_lines)
        yield ex(
            id=f"signal.firwin_bands.{btype}",
            family="signal.firwin_bands",
            task=f"""Design a linear-phase FIR {btype} filter `taps` with `firwin` (Hamming window, an
            odd length of about 0.3 s at `fs` Hz) with {edges_text}; apply it to `signal` without
            delay (centred convolution) and store the result in `filtered`.""",
            code=f"""
                from scipy import signal as sps

                {edge_code}
                # odd length: a type I FIR may pass DC and Nyquist, and its delay is a whole sample count
                numtaps = 2 * int(0.15 * fs) + 1
                taps = sps.firwin(numtaps, {cutoff}, pass_zero="{btype}", fs=fs)
                # mode="same" with a symmetric odd-length kernel cancels the (numtaps - 1) / 2 delay
                filtered = sps.fftconvolve(signal, taps, mode="same")
            """,
            domain=DOMAIN,
            libraries=["scipy.signal"],
            inputs=NOISY_TONES,
            checks=[
                "taps.size % 2 == 1 and np.allclose(taps, taps[::-1])",
                "filtered.shape == signal.shape",
                *[tone_kept("filtered", tone) for tone in kept],
                *[tone_removed("filtered", tone) for tone in removed],
            ],
            difficulty="basic" if btype in ("lowpass", "highpass") else "intermediate",
            tags=["filter-design", "fir", btype, "parameter-tuning"],
            edge_cases={
                "tone_ranges": [[2, 15], [40, 60], [100, 200]],
                "noise_only": False,
                "min_seconds": 0.5,
                "why": "the band edges come from the tones `tones`, so each is drawn in its own range, at least 25 Hz from its "
                "neighbours (twice the 0.3 s filter's transition width), and a pure-noise draw has none; the checks' 4 Hz bands "
                "around each tone need periodogram bins (1 / duration) of 2 Hz or finer",
            },
        )

    yield ex(
        id="signal.kaiser_fir_group_delay",
        task="""Design a 40 Hz low-pass FIR for data sampled at `fs` Hz with a Kaiser window sized by
        `kaiserord` for 60 dB attenuation and a 10 Hz transition (odd length `numtaps`, coefficients
        `taps`); compute its group delay `gd` (samples) over the 0-30 Hz passband with `group_delay`,
        then filter `signal` causally with `lfilter` and remove that delay so that `filtered` is aligned
        with `signal` and has the same length.""",
        code="""
            import numpy as np
            from scipy import signal as sps

            numtaps, beta = sps.kaiserord(ripple=60, width=10 / (fs / 2))
            numtaps |= 1  # odd length: the delay (numtaps - 1) / 2 is a whole number of samples
            taps = sps.firwin(numtaps, 40, window=("kaiser", beta), fs=fs)
            # evaluate in the passband only: in the stopband zeros the group delay is undefined
            _, gd = sps.group_delay((taps, 1.0), w=np.linspace(0, 30, 64), fs=fs)
            delay = (numtaps - 1) // 2
            padded = np.concatenate([signal, np.zeros(delay)])
            filtered = sps.lfilter(taps, 1.0, padded)[delay:]
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs=NOISY,
        checks=[
            "numtaps % 2 == 1",
            "np.allclose(gd, (numtaps - 1) / 2)",
            "filtered.shape == signal.shape",
            "np.mean((filtered - signal) ** 2) < np.mean((np.roll(filtered, (numtaps - 1) // 2) - signal) ** 2)",
            band_removed("filtered", "60", "fs / 2", 0.01),
        ],
        difficulty="advanced",
        tags=["filter-design", "fir", "kaiser", "group-delay"],
        edge_cases={
            "min_seconds": 1.0,
            "why": "the Kaiser design is about 0.36 s long whatever the sample rate: the record must be a few times longer "
            "than the filter for its delayed, aligned output to be judged",
        },
    )
    yield ex(
        id="signal.firwin2_custom_response",
        task="""Design a 255-tap FIR `taps` with `firwin2` for data sampled at `fs` Hz whose gain is 0
        below 4% of the Nyquist frequency, rises to 1 at 8%, stays 1 up to 30%, and falls to 0.5 from
        40% of Nyquist up to Nyquist; evaluate its frequency response `w` (Hz), `h` with `freqz`
        (4096 points).""",
        code="""
            import numpy as np
            from scipy import signal as sps

            nyquist = fs / 2
            freq = np.array([0, 0.04, 0.08, 0.30, 0.40, 1.0]) * nyquist
            gain = [0, 0, 1, 1, 0.5, 0.5]
            # odd length, since the gain at Nyquist is not zero
            taps = sps.firwin2(255, freq, gain, fs=fs)
            w, h = sps.freqz(taps, worN=4096, fs=fs)
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"fs": "noisy.fs"},
        checks=[
            "len(taps) == 255",
            "np.allclose(np.abs(h[(w > 0.1 * fs / 2) & (w < 0.28 * fs / 2)]), 1, atol=0.05)",
            "np.allclose(np.abs(h[(w > 0.45 * fs / 2) & (w < 0.95 * fs / 2)]), 0.5, atol=0.05)",
            "np.abs(h[w < 0.02 * fs / 2]).max() < 0.05",
        ],
        difficulty="intermediate",
        tags=["filter-design", "fir", "arbitrary-response"],
        edge_cases=True,
    )
    yield ex(
        id="signal.remez_bandpass",
        task="""Design an equiripple (Parks-McClellan, `remez`) band-pass FIR `taps` that passes 0.7 to
        1.3 times the known tone frequency `tones[1]` and stops below 0.4 and above 1.6 times it
        (data at `fs` Hz, odd length of about 0.2 s); apply it to `signal` without delay and store the
        result in `isolated`.""",
        code="""
            from scipy import signal as sps

            f0 = tones[1]
            bands = [0, 0.4 * f0, 0.7 * f0, 1.3 * f0, 1.6 * f0, fs / 2]
            numtaps = 2 * int(0.1 * fs) + 1
            taps = sps.remez(numtaps, bands, desired=[0, 1, 0], fs=fs)
            isolated = sps.fftconvolve(signal, taps, mode="same")
        """,
        domain=DOMAIN,
        libraries=["scipy.signal"],
        inputs=NOISY_TONES,
        checks=[
            "np.allclose(taps, taps[::-1])",
            "isolated.shape == signal.shape",
            "abs(dominant_frequency(isolated, fs) - tones[1]) <= 2 * fs / len(signal)",
            tone_removed("isolated", "tones[0]", 0.01),
            tone_removed("isolated", "tones[2]", 0.01),
        ],
        difficulty="advanced",
        tags=["filter-design", "fir", "equiripple", "bandpass"],
        edge_cases={
            "tone_ranges": [[2, 15], [40, 60], [100, 200]],
            "noise_only": False,
            "min_seconds": 0.5,
            "why": "the pass band is placed around `tones[1]` (drawn in 40-60 Hz, so the other tones stay in the stop bands below "
            "0.4 and above 1.6 times it), and a pure-noise draw has no tones; the checks' 4 Hz bands need periodogram bins "
            "(1 / duration) of 2 Hz or finer",
        },
    )
    yield ex(
        id="signal.oaconvolve_long_fir",
        task="""Low-pass `signal` (sampled at `fs` Hz) with a long 1001-tap `firwin` FIR `taps` whose
        cutoff lies halfway between the known tones `tones[0]` and `tones[1]`, using overlap-add
        convolution (`oaconvolve`, centred so there is no delay); store the result in `filtered`.""",
        code="""
            from scipy import signal as sps

            taps = sps.firwin(1001, (tones[0] + tones[1]) / 2, fs=fs)
            # overlap-add is fastest when one input is much longer than the other
            filtered = sps.oaconvolve(signal, taps, mode="same")
        """,
        domain=DOMAIN,
        libraries=["scipy.signal"],
        inputs=AUDIO_TONES,
        checks=[
            "filtered.shape == signal.shape",
            # the direct sum, centred the same way (for a signal shorter than the filter too)
            "np.allclose(filtered, scipy.signal.convolve(signal, taps, mode='same', method='direct'), rtol=1e-6, atol=1e-9 * np.abs(signal).max())",
            tone_kept("filtered", "tones[0]"),
            tone_removed("filtered", "tones[1]", 0.01),
        ],
        difficulty="intermediate",
        tags=["fir", "convolution", "overlap-add"],
        edge_cases={
            "noise_only": False,
            "why": "the cutoff is placed between the tones `tones[0]` and `tones[1]`, and a pure-noise draw has no tones",
        },
    )
    yield ex(
        id="signal.impulse_response",
        task="""Compute the first 0.25 s (`n` samples) of the impulse response `h` of a 4th-order
        Butterworth 50 Hz low-pass (second-order sections `sos`, data at `fs` Hz) by filtering a unit impulse made with
        `unit_impulse`.""",
        code="""
            from scipy import signal as sps

            sos = sps.butter(4, 50, fs=fs, output="sos")
            n = int(0.25 * fs)
            impulse = sps.unit_impulse(n)
            h = sps.sosfilt(sos, impulse)
        """,
        domain=DOMAIN,
        libraries=["scipy.signal"],
        inputs={"fs": "noisy.fs"},
        checks=[
            "h.shape == (int(0.25 * fs),)",
            "np.isclose(h.sum(), 1, atol=1e-3)",
            "np.isclose(h[0], np.prod(sos[:, 0]))",
            "np.abs(h[-20:]).max() < 1e-4 * np.abs(h).max()",
        ],
        difficulty="basic",
        tags=["impulse-response", "filter-design"],
        edge_cases=True,
    )


def _smoothing_and_resampling() -> Iterator[Example]:
    yield ex(
        id="signal.savgol_smoothing",
        task="""Smooth `signal` (sampled at `fs` Hz) with a Savitzky-Golay filter of polynomial order 3
        over a window of about 51 ms (odd number of samples); store the result in `smoothed`.""",
        code="""
            from scipy import signal as sps

            window_length = int(0.051 * fs) | 1  # odd, about 51 ms
            # a local cubic fit keeps peak heights that a moving average would flatten
            smoothed = sps.savgol_filter(signal, window_length, polyorder=3)
        """,
        domain=DOMAIN,
        libraries=["scipy.signal"],
        inputs=NOISY,
        checks=[
            "smoothed.shape == signal.shape",
            band_removed("smoothed", "fs / 4", "fs / 2", 0.1),
            band_kept("smoothed", "0", "10", 0.95),
        ],
        difficulty="basic",
        tags=["smoothing", "savitzky-golay"],
        edge_cases={
            "min_seconds": 0.5,
            "why": "the window spans 51 ms, and the checks read the 0-10 Hz band, which takes periodogram bins (1 / duration) a "
            "few times finer than 10 Hz",
        },
    )
    yield ex(
        id="signal.savgol_derivative",
        task="""Estimate the time derivative `velocity` of the noisy position trace `position` sampled at
        `fs` = 200 Hz (a 1.5 Hz sine of amplitude 2 plus noise, generated with seed 0) using a
        Savitzky-Golay filter (window 41, polynomial order 3, `deriv=1`, `delta` = sample spacing);
        keep the true derivative in `true_velocity`.""",
        code="""
            import numpy as np
            from scipy import signal as sps

            rng = np.random.default_rng(0)
            fs = 200.0
            t = np.arange(0, 4, 1 / fs)
            position = 2 * np.sin(2 * np.pi * 1.5 * t) + 0.05 * rng.standard_normal(t.size)
            true_velocity = 2 * 2 * np.pi * 1.5 * np.cos(2 * np.pi * 1.5 * t)
            # np.gradient of noisy data amplifies the noise; a local polynomial fit does not
            velocity = sps.savgol_filter(position, 41, polyorder=3, deriv=1, delta=1 / fs)
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={},
        checks=[
            "velocity.shape == position.shape",
            "np.sqrt(np.mean((velocity - true_velocity) ** 2)) < 0.05 * np.abs(true_velocity).max()",
            "np.mean((velocity - true_velocity) ** 2) < np.mean((np.gradient(position, 1 / fs) - true_velocity) ** 2)",
        ],
        difficulty="intermediate",
        tags=["smoothing", "savitzky-golay", "derivative"],
    )
    yield ex(
        id="signal.medfilt_spikes",
        task="""Add impulsive spikes to a copy of `signal` (1% of the samples, chosen with seed 7, of size
        20 standard deviations with random sign) to get `spiky`, keeping their positions in
        `spike_idx`; remove them with a 5-point median filter and store the result in `despiked`.""",
        code="""
            import numpy as np
            from scipy import signal as sps

            rng = np.random.default_rng(7)
            spiky = signal.copy()
            spike_idx = rng.choice(signal.size, size=max(1, signal.size // 100), replace=False)
            spiky[spike_idx] += 20 * signal.std() * rng.choice([-1, 1], size=spike_idx.size)
            # the median ignores isolated outliers that a linear filter would smear out
            despiked = sps.medfilt(spiky, kernel_size=5)
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"signal": "noisy.signal"},
        checks=[
            "despiked.shape == signal.shape",
            "np.abs(spiky[spike_idx] - signal[spike_idx]).min() > 10 * signal.std()",
            "np.abs(despiked[spike_idx] - signal[spike_idx]).max() < 5 * signal.std()",
        ],
        difficulty="basic",
        tags=["smoothing", "median-filter", "outliers"],
        edge_cases=True,
    )
    yield ex(
        id="signal.wiener_denoise",
        task="""Denoise `signal` (sampled at `fs` Hz) with a local adaptive Wiener filter over an
        11-sample window, letting it estimate the noise power itself; store the result in
        `denoised`.""",
        code="""
            from scipy import signal as sps

            denoised = sps.wiener(signal, mysize=11)
        """,
        domain=DOMAIN,
        libraries=["scipy.signal"],
        inputs=NOISY,
        checks=[
            "denoised.shape == signal.shape",
            # the floor: on a noise-free input, switching between the local mean and the signal itself
            # adds high-frequency power of up to about 1e-3 of the total
            band_removed("denoised", "fs / 4", "fs / 2", 0.2, floor=1e-3),
            band_kept("denoised", "0", "10", 0.9),
        ],
        difficulty="basic",
        tags=["smoothing", "wiener", "denoising"],
        edge_cases={
            "min_seconds": 0.5,
            "noise_only": False,
            "why": "denoising keeps the tones of a signal, and a pure-noise draw has none to keep (the filter rightly smooths all of it); "
            "the checks read the 0-10 Hz band, which takes periodogram bins (1 / duration) a few times finer than 10 Hz",
        },
    )
    yield ex(
        id="signal.detrend_drift",
        task="""A sensor adds a linear drift: build `drifting = signal + 0.8 * t + 2.0` from `signal` and
        its time axis `t` (s), then remove the linear trend with `detrend` and store the result in
        `detrended`.""",
        code="""
            from scipy import signal as sps

            drifting = signal + 0.8 * t + 2.0
            detrended = sps.detrend(drifting, type="linear")
        """,
        domain=DOMAIN,
        libraries=["scipy.signal"],
        inputs={"signal": "noisy.signal", "t": "noisy.t"},
        checks=[
            "detrended.shape == signal.shape",
            "abs(np.polyfit(t, detrended, 1)[0]) < 1e-8 * (1 + abs(np.polyfit(t, drifting, 1)[0]))",
            "abs(detrended.mean()) < 1e-8 * (1 + abs(drifting).max())",
            "np.allclose(detrended, scipy.signal.detrend(signal))",
        ],
        difficulty="basic",
        tags=["detrend", "preprocessing"],
        edge_cases=True,
    )
    yield ex(
        id="signal.decimate_fir",
        task="""Downsample `signal` (sampled at `fs` Hz) by a factor `q = 4` with an anti-aliasing FIR
        and zero phase (`decimate`); store the result in `decimated` and its sample rate in
        `fs_decimated`.""",
        code="""
            from scipy import signal as sps

            q = 4
            # the zero-phase FIR pads the ends with zeros: take the mean out so that an offset does
            # not turn into a step at each end, and put it back afterwards
            offset = signal.mean()
            decimated = sps.decimate(signal - offset, q, ftype="fir", zero_phase=True) + offset
            fs_decimated = fs / q
        """,
        domain=DOMAIN,
        libraries=["scipy.signal"],
        inputs=NOISY,
        checks=[
            "len(decimated) == -(-len(signal) // 4)",
            "fs_decimated == fs / 4",
            "abs(dominant_frequency(decimated, fs_decimated) - dominant_frequency(signal, fs)) <= 2 * fs / len(signal)",
        ],
        difficulty="basic",
        tags=["resampling", "decimation", "anti-aliasing"],
        edge_cases={
            "min_seconds": 0.5,
            "noise_only": False,
            "why": "the check follows the strongest tone, which must stand out: a pure-noise draw has no strongest component "
            "(its top bins trade places under any filter), and the 5 Hz tone takes a few periods to be resolved from DC",
        },
    )
    yield ex(
        id="signal.resample_fft_target_rate",
        task="""Resample `signal` (sampled at `fs` Hz, time axis `t`) to a new rate `fs_new` = 11025 Hz
        with the FFT method (`resample`), returning the resampled data `resampled` and its time axis
        `t_new`.""",
        code="""
            from scipy import signal as sps

            fs_new = 11025.0
            num = round(len(signal) * fs_new / fs)
            resampled, t_new = sps.resample(signal, num, t=t)
        """,
        domain=DOMAIN,
        libraries=["scipy.signal"],
        inputs={"signal": "audio.signal", "fs": "audio.fs", "t": "audio.t"},
        checks=[
            "len(resampled) == len(t_new) == round(len(signal) * fs_new / fs)",
            "np.isclose(t_new[0], t[0]) and np.isclose(t_new[1] - t_new[0], len(signal) / fs / len(resampled))",
            "abs(dominant_frequency(resampled, fs_new) - dominant_frequency(signal, fs)) <= 2 * fs / len(signal)",
        ],
        difficulty="basic",
        tags=["resampling", "fft"],
        edge_cases={
            "noise_only": False,
            "why": "the check follows the strongest tone: a pure-noise draw has no strongest component (when the FFT method "
            "downsamples, the new Nyquist bin gathers two of the old bins and may come out on top)",
        },
    )
    # resampling factor sweep: rational rate changes with a polyphase filter
    for up, down in ((1, 2), (3, 2)):
        yield ex(
            id=f"signal.resample_poly.up{up}_down{down}",
            family="signal.resample_poly",
            task=f"""Change the sample rate of `signal` (sampled at `fs` Hz) by the rational factor
            {up}/{down} with polyphase filtering (`resample_poly`, `up={up}`, `down={down}`); store the
            result in `resampled` and the new rate in `fs_new`.""",
            code=f"""
                from scipy import signal as sps

                up, down = {up}, {down}
                # pad the ends with the mean rather than zeros, so that an offset does not become a step there
                resampled = sps.resample_poly(signal, up, down, padtype="mean")
                fs_new = fs * up / down
            """,
            domain=DOMAIN,
            libraries=["scipy.signal"],
            inputs=AUDIO,
            checks=[
                f"len(resampled) == -(-len(signal) * {up} // {down})",
                f"np.isclose(fs_new, fs * {up} / {down})",
                "abs(dominant_frequency(resampled, fs_new) - dominant_frequency(signal, fs)) <= 2 * fs / len(signal)",
            ],
            difficulty="basic" if up == 1 else "intermediate",
            tags=["resampling", "polyphase", "parameter-tuning"],
            edge_cases={
                "noise_only": False,
                "min_size": 128,
                "why": "the check follows the strongest tone: a pure-noise draw has no strongest component (its top bins trade "
                "places under any filter); and the polyphase filter reaches 10 * max(up, down) input samples to each side, so "
                "a record of fewer than about 128 samples is mostly edge",
            },
        )
    yield ex(
        id="signal.upfirdn_interpolate",
        task="""Interpolate `signal` (sampled at `fs` Hz) by a factor of 3 with `upfirdn`: zero-stuff and
        filter with a `firwin` low-pass `h` of 73 taps cut at the original Nyquist frequency, scaled
        by 3 to keep the amplitude; store the result in `upsampled`.""",
        code="""
            from scipy import signal as sps

            up = 3
            # cutoff 1/up of the new Nyquist; gain `up` restores the energy lost to zero-stuffing
            h = up * sps.firwin(24 * up + 1, 1 / up)
            upsampled = sps.upfirdn(h, signal, up=up)
        """,
        domain=DOMAIN,
        libraries=["scipy.signal"],
        inputs=AUDIO,
        checks=[
            "len(upsampled) == (len(signal) - 1) * 3 + len(h)",
            # a windowed sinc cut at 1/up is zero at every up-th tap off its centre, so after the
            # filter's delay every third output sample is an input sample (to the window's 0.1%)
            "np.allclose(upsampled[(len(h) - 1) // 2 :: 3][: len(signal)], signal, rtol=0.01, atol=1e-9 * np.abs(signal).max())",
            # the images that zero-stuffing creates above the original Nyquist frequency are filtered out
            f"{power('upsampled', '0.6 * fs', '1.5 * fs', '3 * fs')} <= 1e-3 * {power('upsampled', '0', '1.5 * fs', '3 * fs')}",
        ],
        difficulty="advanced",
        tags=["resampling", "interpolation", "multirate"],
        edge_cases=True,
    )
    yield ex(
        id="signal.moving_average_hum_null",
        task="""Smooth `signal` (sampled at `fs` Hz) with a moving average spanning exactly one period of
        the interference at `tones[1]` Hz (so the average nulls it), using `scipy.signal.convolve` in
        "valid" mode; store the result in `averaged` and the window length in `k`.""",
        code="""
            import numpy as np
            from scipy import signal as sps

            k = round(fs / tones[1])
            # a boxcar of one period has spectral zeros at tones[1] and its harmonics
            averaged = sps.convolve(signal, np.ones(k) / k, mode="valid")
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs=NOISY_TONES,
        checks=[
            "len(averaged) == len(signal) - k + 1",
            "np.allclose(averaged, (np.cumsum(np.r_[0, signal])[k:] - np.cumsum(np.r_[0, signal])[:-k]) / k, atol=1e-9 * np.abs(signal).max())",
            tone_removed("averaged", "tones[1]"),
        ],
        difficulty="basic",
        tags=["smoothing", "moving-average", "convolution"],
        edge_cases={
            "tone_ranges": [[2, 20], [40, 70], [100, 200]],
            "noise_only": False,
            "min_seconds": 0.5,
            "why": "the interference frequency `tones[1]` is part of the input (drawn anywhere in 40-70 Hz, so a period is rarely a "
            "whole number of samples), and a pure-noise draw has no tones; the check's 4 Hz band needs periodogram bins "
            "(1 / duration) of 2 Hz or finer",
        },
    )


def _spectra() -> Iterator[Example]:
    # window type for Welch: leakage vs resolution vs amplitude accuracy
    windows = {
        "hann": "a good default: low leakage, moderate main-lobe width",
        "hamming": "a narrower main lobe than Hann, but higher far side lobes",
        "flattop": "the widest main lobe, but tone amplitudes read off with almost no scalloping loss",
    }
    for window, why in windows.items():
        yield ex(
            id=f"signal.welch_window.{window}",
            family="signal.welch_window",
            task=f"""Estimate the power spectral density of `signal` (sampled at `fs` Hz) with Welch's
            method using a {window} window and segments of 512 samples (or the whole signal if shorter);
            store the frequencies in `freqs` and the density in `psd`, and the frequency of its largest
            peak (expected at one of the known tones `tones`) in `peak_freq`.""",
            code=f"""
                import numpy as np
                from scipy import signal as sps

                # {window} window: {why}
                nperseg = min(512, len(signal))
                freqs, psd = sps.welch(signal, fs=fs, window="{window}", nperseg=nperseg)
                peak_freq = freqs[np.argmax(psd)]
            """,
            domain=DOMAIN,
            libraries=LIBS,
            inputs=NOISY_TONES,
            checks=[
                "freqs.shape == psd.shape and np.all(psd >= 0)",
                "np.allclose(freqs, np.fft.rfftfreq(min(512, len(signal)), 1 / fs))",
                # (a pure-noise signal has no tones to find)
                "tones.size == 0 or np.min(np.abs(tones - peak_freq)) <= 2 * (freqs[1] - freqs[0])",
                # density scaling: integrating the PSD gives back the variance (to within the estimate's
                # scatter, wider for the flat-top window, whose negative lobes weight fewer samples)
                f"np.isclose(psd.sum() * (freqs[1] - freqs[0]), signal.var(), rtol={0.5 if window == 'flattop' else 0.35})",
            ],
            difficulty="basic" if window == "hann" else "intermediate",
            tags=["spectrum", "psd", "welch", "window", "parameter-tuning"],
            edge_cases={
                "tone_ranges": [[30, 45], [60, 100], [150, 200]],
                "min_seconds": 1.0,
                "why": "integrating the PSD gives back the variance only where the segments resolve every tone from DC "
                "(whose bin the per-segment detrending empties): at 2 kHz a 512-sample flat-top segment's main lobe spans "
                "about 20 Hz, so the lowest tone is drawn from 30 Hz up; and the noise's variance is only estimated to "
                "within the check's tolerance from a second of signal or more",
            },
        )

    yield ex(
        id="signal.periodogram_tone_amplitude",
        task="""Compute the power spectrum (not density) of `signal` (sampled at `fs` Hz) with a
        flat-top window using `periodogram`, convert it to sine amplitudes `amplitude`, and store the
        frequency and amplitude of the strongest component in `peak_freq` and `peak_amplitude`.""",
        code="""
            import numpy as np
            from scipy import signal as sps

            # scaling="spectrum" gives power per bin (V**2); a flat-top window keeps peak heights exact
            freqs, power = sps.periodogram(signal, fs=fs, window="flattop", scaling="spectrum")
            amplitude = np.sqrt(2 * power)  # RMS**2 of a sine is A**2 / 2
            peak = np.argmax(amplitude)
            peak_freq, peak_amplitude = freqs[peak], amplitude[peak]
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs=NOISY,
        checks=[
            "abs(peak_freq - dominant_frequency(signal, fs)) <= 2 * fs / len(signal)",
            # second route: the peak of the finely interpolated (16x zero-padded) plain DFT, which reads
            # the strongest sine's amplitude wherever its frequency falls between the bins
            "np.isclose(peak_amplitude, 2 * np.abs(np.fft.rfft(signal - np.mean(signal), 16 * len(signal))).max() / len(signal), rtol=0.1)",
        ],
        difficulty="intermediate",
        tags=["spectrum", "periodogram", "amplitude"],
        edge_cases={
            "tone_ranges": [[20, 40], [60, 100], [150, 200]],
            "noise_only": False,
            "max_noise": 0.1,
            "min_seconds": 0.5,
            "why": "the checks read the amplitude of the strongest sine, which a pure-noise draw does not have; a flat-top "
            "window's main lobe is about 10 bins wide, so the strongest tone is drawn from 20 Hz up and the record is half a "
            "second or more (2 Hz bins) to resolve it from DC and the next tone; and the lobe gathers the noise of those "
            "bins, which must stay well below the tone (std 0.1) for the reading to agree with a second estimate to 10%",
        },
    )
    yield ex(
        id="signal.csd_time_delay",
        task="""A second sensor records `signal` (sampled at `fs` Hz) 5 samples later with independent
        noise (10% of the signal's standard deviation, seed 1): build `received`, compute the
        cross-spectral density `Pxy` of `signal` and `received` with `csd` (256-sample segments) at
        frequencies `freqs`, and estimate the delay `delay_s` in seconds from the slope of its unwrapped
        phase, fitted over the bins where the magnitude-squared coherence exceeds 0.5. A phase slope
        needs broadband content: raise ValueError when fewer than half of the bins are coherent.""",
        code="""
            import numpy as np
            from scipy import signal as sps

            rng = np.random.default_rng(1)
            lag = 5
            received = np.concatenate([np.zeros(lag), signal[:-lag]])
            received += 0.1 * signal.std() * rng.standard_normal(signal.size)
            freqs, Pxy = sps.csd(signal, received, fs=fs, nperseg=256)
            # the phase means something only where the two records are coherent (a sum of pure tones
            # is coherent at its tones alone, and a delay has no slope to show there)
            _, Cxy = sps.coherence(signal, received, fs=fs, nperseg=256)
            coherent = Cxy > 0.5
            if coherent.mean() < 0.5:
                raise ValueError(f"only {coherent.mean():.0%} of the bins are coherent: no broadband phase to fit")
            # a pure delay tau has phase -2*pi*f*tau
            phase = np.unwrap(np.angle(Pxy[coherent]))
            slope = np.polyfit(freqs[coherent], phase, 1)[0]
            delay_s = -slope / (2 * np.pi)
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs=NOISY,
        checks=[
            "received.shape == signal.shape",
            "np.iscomplexobj(Pxy) and Pxy.shape == freqs.shape",
            "abs(delay_s - 5 / fs) < 0.5 / fs",
        ],
        difficulty="advanced",
        tags=["spectrum", "cross-spectrum", "time-delay", "coherence"],
        edge_cases={
            "min_size": 1200,
            "raises": "ValueError",
            "why": "a noise-free sum of tones has no broadband phase, which the snippet refuses with ValueError; the "
            "coherence that picks the bins takes averaging over several 256-sample segments (1200 samples make eight)",
        },
    )
    yield ex(
        id="signal.coherence_linear_system",
        task="""Pass `signal` (sampled at `fs` Hz) through a 4th-order Butterworth 60 Hz low-pass (`lfilter`,
        started in steady state for the first sample, as a system that was already running) and add
        independent noise (std 0.1 times the signal's, seed 21) to get `measured`; compute the
        magnitude-squared coherence `Cxy` between `signal` and `measured` with 256-sample segments,
        with frequencies `freqs`.""",
        code="""
            import numpy as np
            from scipy import signal as sps

            rng = np.random.default_rng(21)
            b, a = sps.butter(4, 60, fs=fs)
            # the system was running before the record began: start it in steady state, not at rest
            output, _ = sps.lfilter(b, a, signal, zi=sps.lfilter_zi(b, a) * signal[0])
            measured = output + 0.1 * signal.std() * rng.standard_normal(signal.size)
            freqs, Cxy = sps.coherence(signal, measured, fs=fs, nperseg=256)
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs=NOISY,
        checks=[
            "freqs.shape == Cxy.shape",
            "np.all((Cxy >= 0) & (Cxy <= 1 + 1e-12))",
            # coherent where the system passes the input, not where the added noise dominates; the pass
            # band's coherence is averaged with the input's power as weight (a sum of pure tones is
            # coherent at its tones only), and the filter's delay of a few ms costs some of it within a
            # 256-sample segment (down to about 0.9 at 2 kHz)
            "np.average(Cxy[freqs < 30], weights=scipy.signal.welch(signal, fs=fs, nperseg=256)[1][freqs < 30]) > 0.8",
            "Cxy[freqs > 200].mean() < 0.5",
        ],
        difficulty="advanced",
        tags=["spectrum", "coherence", "system-identification"],
        edge_cases={
            "min_size": 1200,
            "why": "coherence is an average over segments (from a single segment it is 1 at every frequency): 1200 samples make "
            "eight 256-sample segments",
        },
    )
    yield ex(
        id="signal.stft_spectral_gate",
        task="""Denoise `signal` (sampled at `fs` Hz) by spectral gating: take its STFT (256-sample
        segments, or the whole signal if shorter), zero every time-frequency bin whose magnitude is
        below 4 times the median magnitude, and invert with `istft`; store the result, trimmed to the
        input length, in `denoised` (the tones `tones` should survive, the broadband noise should
        not).""",
        code="""
            import numpy as np
            from scipy import signal as sps

            nperseg = min(256, len(signal))
            _, _, Z = sps.stft(signal, fs=fs, nperseg=nperseg)
            # tones stand far above the median bin, which is set by the broadband noise
            mask = np.abs(Z) > 4 * np.median(np.abs(Z))
            _, denoised = sps.istft(Z * mask, fs=fs, nperseg=nperseg)
            denoised = denoised[: len(signal)]
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs=AUDIO_TONES,
        checks=[
            "denoised.shape == signal.shape",
            # most of each tone survives (with noise as strong as the weaker tone, some of its
            # side bins fall under the gate)
            f"all({tone_kept('denoised', 'f', 0.6)} for f in tones)",
            # above the highest tone there is only noise (everywhere, for a pure-noise signal)
            band_removed("denoised", "np.max(tones, initial=0) + 200", "fs / 2", 0.2),
        ],
        difficulty="advanced",
        tags=["stft", "denoising", "time-frequency"],
        edge_cases={
            "min_seconds": 0.5,
            "why": "the checks' 4 Hz bands around the tones need periodogram bins (1 / duration) of 2 Hz or finer",
        },
    )
    yield ex(
        id="signal.hilbert_envelope",
        task="""Make a 1 s amplitude-modulated test tone at `fs` = 5000 Hz on the time axis `t` (a 400 Hz carrier whose
        amplitude `modulation` = 1 + 0.5 sin(2*pi*3*t)); recover its envelope `envelope` from the analytic
        signal (`hilbert`) and its instantaneous frequency `inst_freq` (Hz) from the unwrapped
        phase.""",
        code="""
            import numpy as np
            from scipy import signal as sps

            fs = 5000.0
            t = np.arange(0, 1, 1 / fs)
            modulation = 1 + 0.5 * np.sin(2 * np.pi * 3 * t)
            am = modulation * np.sin(2 * np.pi * 400 * t)
            analytic = sps.hilbert(am)
            envelope = np.abs(analytic)
            inst_freq = np.diff(np.unwrap(np.angle(analytic))) * fs / (2 * np.pi)
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={},
        checks=[
            "envelope.shape == t.shape and len(inst_freq) == len(t) - 1",
            # the FFT-based transform is exact away from the ends
            "np.allclose(envelope[250:-250], modulation[250:-250], atol=0.02)",
            "abs(np.median(inst_freq) - 400) < 1",
        ],
        difficulty="intermediate",
        tags=["hilbert", "envelope", "analytic-signal", "demodulation"],
    )
    yield ex(
        id="signal.window_enbw",
        task="""For 1024-point boxcar, Hann, Hamming, Kaiser (beta 8.6) and Tukey (alpha 0.5) windows from
        `scipy.signal.windows`, compute each window's equivalent noise bandwidth in bins,
        N * sum(w**2) / sum(w)**2, into the dict `enbw` keyed "boxcar", "hann", "hamming", "kaiser",
        "tukey".""",
        code="""
            import numpy as np
            from scipy.signal import windows

            n = 1024
            tapers = {
                "boxcar": windows.boxcar(n),
                "hann": windows.hann(n),
                "hamming": windows.hamming(n),
                "kaiser": windows.kaiser(n, beta=8.6),
                "tukey": windows.tukey(n, alpha=0.5),
            }
            # how much a window widens each bin: scales noise in a PSD estimate
            enbw = {name: n * np.sum(w**2) / np.sum(w) ** 2 for name, w in tapers.items()}
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={},
        checks=[
            "set(enbw) == {'boxcar', 'hann', 'hamming', 'kaiser', 'tukey'}",
            "np.isclose(enbw['boxcar'], 1) and np.isclose(enbw['hann'], 1.5, rtol=0.01)",
            "enbw['boxcar'] < enbw['tukey'] < enbw['hamming'] < enbw['hann'] < enbw['kaiser']",
        ],
        difficulty="basic",
        tags=["window", "spectrum", "noise-bandwidth"],
    )
    yield ex(
        id="signal.mls_system_identification",
        task="""Identify an unknown FIR system (`true_ir`: a 31-tap `firwin` low-pass at 0.2 of Nyquist)
        by driving it with a 10-bit maximum-length sequence `mls` (mapped to +/-1) repeated twice and
        circularly cross-correlating the steady-state second period of the output with the excitation;
        store the estimate, as long as one period, in `estimated_ir`.""",
        code="""
            import numpy as np
            from scipy import signal as sps

            true_ir = sps.firwin(31, 0.2)
            mls = 2.0 * sps.max_len_seq(10)[0] - 1.0  # period 2**10 - 1
            response = sps.lfilter(true_ir, 1.0, np.tile(mls, 2))[mls.size:]
            # an MLS has a nearly ideal (impulse-like) circular autocorrelation
            xcorr = np.fft.irfft(np.fft.rfft(response) * np.conj(np.fft.rfft(mls)), n=mls.size)
            estimated_ir = xcorr / (mls.size + 1)
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={},
        checks=[
            "len(estimated_ir) == 2**10 - 1",
            "np.allclose(estimated_ir[: len(true_ir)], true_ir, atol=0.005)",
            "np.abs(estimated_ir[len(true_ir):]).max() < 0.005",
        ],
        difficulty="advanced",
        tags=["system-identification", "mls", "impulse-response"],
    )


def _peaks_and_correlation() -> Iterator[Example]:
    yield ex(
        id="signal.find_peaks_rate",
        task="""Estimate the rate of the slowest, strongest oscillation in `signal` (sampled at `fs` Hz;
        its nominal frequency is `tones[0]`) by detecting one peak per cycle with `find_peaks`
        (minimum height half of the signal's maximum, minimum distance 80% of a nominal period);
        store the peak indices in `peaks` and the rate in Hz from the mean peak interval in `rate`.""",
        code="""
            import numpy as np
            from scipy import signal as sps

            period = fs / tones[0]  # samples per cycle
            peaks, _ = sps.find_peaks(signal, height=0.5 * signal.max(), distance=0.8 * period)
            rate = fs / np.mean(np.diff(peaks))
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs=NOISY_TONES,
        checks=[
            "np.all(np.diff(peaks) >= 0.8 * fs / tones[0])",
            "np.all(signal[peaks] >= 0.5 * signal.max())",
            "abs(rate - tones[0]) < 0.1 * tones[0]",
        ],
        difficulty="basic",
        tags=["peaks", "rate-estimation"],
        edge_cases={
            "min_seconds": 1.0,
            "noise_only": False,
            "why": "the nominal frequency `tones[0]` is part of the input, and a pure-noise draw has no tones; the rate is read "
            "from the intervals between peaks a period apart, so the record must span several periods (a second holds five)",
        },
    )
    yield ex(
        id="signal.psd_tone_detection",
        task="""Find the tone frequencies in `signal` (sampled at `fs` Hz; the true ones are `tones`): estimate its Welch PSD (frequencies `freqs`)
        with half-second segments (2 Hz resolution; the whole signal if shorter), convert to dB and keep the spectral
        peaks with a prominence of at least 15 dB (`find_peaks`); store their frequencies in
        `detected` and their prominences in `prominences`.""",
        code="""
            import numpy as np
            from scipy import signal as sps

            # fix the resolution in Hz, not in samples, so tones near DC stay resolvable at any fs
            nperseg = min(len(signal), int(fs / 2))
            freqs, psd = sps.welch(signal, fs=fs, nperseg=nperseg)
            psd_db = 10 * np.log10(psd)
            # prominence (height above the surrounding floor) ignores the slowly varying noise level
            peaks, properties = sps.find_peaks(psd_db, prominence=15)
            detected = freqs[peaks]
            prominences = properties["prominences"]
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs=NOISY_TONES,
        checks=[
            "len(detected) == len(prominences)",
            # every tone clear of the DC bins is found (a pure-noise signal has none to find)
            "all(np.any(np.abs(detected - f) <= 2 * (freqs[1] - freqs[0])) for f in tones if f > 2 * (freqs[1] - freqs[0]))",
            "np.all(prominences >= 15)",
        ],
        difficulty="advanced",
        tags=["peaks", "spectrum", "prominence", "tone-detection"],
        edge_cases={
            "min_seconds": 0.5,
            "max_noise": 0.1,
            "why": "half-second segments (2 Hz bins) are what resolves the tones, so the record holds at least one; and a tone "
            "is found only when it stands 15 dB above the noise floor: at noise std 0.5 and 500 Hz the third tone (amplitude "
            "1/3) stands about 13 dB high, so the noise std is 0.1 at most",
        },
    )
    yield ex(
        id="signal.peak_widths_fwhm",
        task="""Measure peak widths in a simulated chromatogram `trace` on the grid `x` (0 to 20 min,
        step 0.01): three Gaussian peaks at 4, 9 and 15 min with standard deviations `sigmas` = 0.2,
        0.35 and 0.5 min, plus noise (seed 3, std 0.005); find them with `find_peaks` (prominence 0.2; their indices in `peaks`)
        and store their full widths at half maximum in minutes in `fwhm`.""",
        code="""
            import numpy as np
            from scipy import signal as sps

            rng = np.random.default_rng(3)
            dx = 0.01
            x = np.arange(0, 20, dx)
            centers, sigmas, heights = [4, 9, 15], np.array([0.2, 0.35, 0.5]), [1.0, 0.8, 0.6]
            trace = sum(h * np.exp(-0.5 * ((x - c) / s) ** 2) for c, s, h in zip(centers, sigmas, heights))
            trace = trace + 0.005 * rng.standard_normal(x.size)
            peaks, _ = sps.find_peaks(trace, prominence=0.2)
            widths = sps.peak_widths(trace, peaks, rel_height=0.5)[0]
            fwhm = widths * dx  # widths are in samples
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={},
        checks=[
            "len(fwhm) == 3",
            "np.allclose(x[peaks], [4, 9, 15], atol=0.05)",
            "np.allclose(fwhm, 2 * np.sqrt(2 * np.log(2)) * sigmas, rtol=0.05)",
        ],
        difficulty="intermediate",
        tags=["peaks", "peak-width", "chromatography"],
    )
    yield ex(
        id="signal.argrelextrema_prominence",
        task="""Low-pass `signal` (sampled at `fs` Hz) with a zero-phase 4th-order Butterworth at 20 Hz
        into `smooth`, find its local maxima that are the largest value within +/-50 ms (`order` samples on each side) with
        `argrelextrema` (indices in `maxima`), and rank them by `peak_prominences`; store the
        prominences in `prominences` and the maxima sorted from most to least prominent in
        `ranked`.""",
        code="""
            import numpy as np
            from scipy import signal as sps

            sos = sps.butter(4, 20, fs=fs, output="sos")
            smooth = sps.sosfiltfilt(sos, signal)
            order = max(1, int(0.05 * fs))  # neighbours on each side that must be lower
            maxima = sps.argrelextrema(smooth, np.greater, order=order)[0]
            prominences = sps.peak_prominences(smooth, maxima)[0]
            ranked = maxima[np.argsort(prominences)[::-1]]
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs=NOISY,
        checks=[
            "len(maxima) > 0 and len(prominences) == len(maxima) == len(ranked)",
            "all(smooth[i] == smooth[max(0, i - order): i + order + 1].max() for i in maxima)",
            "np.all(prominences >= 0) and sorted(ranked) == sorted(maxima)",
            "np.all(np.diff(scipy.signal.peak_prominences(smooth, ranked)[0]) <= 0)",
        ],
        difficulty="intermediate",
        tags=["peaks", "local-extrema", "prominence"],
        edge_cases={
            "min_seconds": 0.5,
            "why": "a maximum that is the largest within +/-50 ms takes a record of a couple of periods of the slowest "
            "component (the 5 Hz tone's period is 0.2 s) to occur at all",
        },
    )
    yield ex(
        id="signal.correlate_lag",
        task="""A second microphone records `signal` (sampled at `fs` Hz) 37 samples later plus noise
        (20% of the signal's standard deviation, seed 3): build `received`, cross-correlate it with
        `signal` (`correlate`, full mode, into `xcorr`) and use `correlation_lags` (`lags`) to turn the correlation peak into
        the lag `estimated_lag` (samples) and the delay `delay_s` (seconds).""",
        code="""
            import numpy as np
            from scipy import signal as sps

            rng = np.random.default_rng(3)
            true_lag = 37
            received = np.concatenate([np.zeros(true_lag), signal[:-true_lag]])
            received += 0.2 * signal.std() * rng.standard_normal(signal.size)
            xcorr = sps.correlate(received - received.mean(), signal - signal.mean(), mode="full")
            lags = sps.correlation_lags(received.size, signal.size, mode="full")
            estimated_lag = lags[np.argmax(xcorr)]
            delay_s = estimated_lag / fs
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs=AUDIO,
        checks=[
            "estimated_lag == 37",
            "np.isclose(delay_s, 37 / fs)",
            "len(lags) == len(xcorr) == 2 * len(signal) - 1",
        ],
        difficulty="intermediate",
        tags=["correlation", "time-delay", "lag"],
        edge_cases={
            "min_size": 370,
            "why": "the true lag is 37 samples: the delayed copy needs a longer record to exist at all, and the correlation "
            "peak stands out only over a record many times the lag (ten times here)",
        },
    )


def _waveforms_and_systems() -> Iterator[Example]:
    yield ex(
        id="signal.square_pwm",
        task="""Generate 1 s at `fs` = 1000 Hz of a 10 Hz square wave `square_wave` (50% duty) and a
        10 Hz pulse-width-modulated wave `pwm` with 25% duty cycle using `scipy.signal.square`.""",
        code="""
            import numpy as np
            from scipy import signal as sps

            fs, f0 = 1000.0, 10.0
            t = np.arange(0, 1, 1 / fs)
            square_wave = sps.square(2 * np.pi * f0 * t)
            pwm = sps.square(2 * np.pi * f0 * t, duty=0.25)
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={},
        checks=[
            "set(np.unique(pwm)) <= {-1.0, 1.0} and set(np.unique(square_wave)) <= {-1.0, 1.0}",
            "abs(np.mean(pwm > 0) - 0.25) < 0.01",
            "abs(np.mean(square_wave > 0) - 0.5) < 0.01",
            # a 50% square wave has only odd harmonics
            "band_power(square_wave, fs, 19, 21) < 1e-3 * band_power(square_wave, fs, 29, 31)",
        ],
        difficulty="basic",
        tags=["waveform", "square-wave", "pwm"],
    )
    yield ex(
        id="signal.sawtooth_harmonics",
        task="""Generate 1 s at `fs` = 1000 Hz of a 10 Hz rising sawtooth `ramp` and a 10 Hz triangle
        wave `triangle` (`sawtooth` with `width=0.5`), and measure the amplitudes of their first five
        harmonics from the real FFT into `ramp_harmonics` and `triangle_harmonics`.""",
        code="""
            import numpy as np
            from scipy import signal as sps

            fs, f0 = 1000.0, 10.0
            t = np.arange(0, 1, 1 / fs)
            ramp = sps.sawtooth(2 * np.pi * f0 * t)
            triangle = sps.sawtooth(2 * np.pi * f0 * t, width=0.5)

            freqs = np.fft.rfftfreq(t.size, d=1 / fs)
            bins = [np.argmin(np.abs(freqs - k * f0)) for k in range(1, 6)]
            ramp_harmonics = 2 * np.abs(np.fft.rfft(ramp))[bins] / t.size
            triangle_harmonics = 2 * np.abs(np.fft.rfft(triangle))[bins] / t.size
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={},
        checks=[
            "len(ramp_harmonics) == len(triangle_harmonics) == 5",
            # sawtooth harmonics fall as 1/n, triangle harmonics as 1/n**2 (odd n only)
            "np.allclose(ramp_harmonics / ramp_harmonics[0], 1 / np.arange(1, 6), atol=0.02)",
            "np.allclose(triangle_harmonics / triangle_harmonics[0], [1, 0, 1 / 9, 0, 1 / 25], atol=0.01)",
        ],
        difficulty="intermediate",
        tags=["waveform", "sawtooth", "harmonics", "fft"],
    )
    yield ex(
        id="signal.gausspulse_ultrasound",
        task="""Generate a Gaussian-modulated ultrasound pulse `pulse` with a centre frequency `fc` of 5 MHz and
        50% fractional bandwidth, sampled at `fs` = 100 MHz on a time axis `t` that spans the interval
        where the envelope is above -60 dB (`gausspulse("cutoff", ...)`); also return its envelope
        `envelope`.""",
        code="""
            import numpy as np
            from scipy import signal as sps

            fc, fs = 5e6, 100e6
            t_cut = sps.gausspulse("cutoff", fc=fc, bw=0.5, tpr=-60)
            t = np.arange(-t_cut, t_cut, 1 / fs)
            pulse, envelope = sps.gausspulse(t, fc=fc, bw=0.5, retenv=True)
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={},
        checks=[
            "pulse.shape == envelope.shape == t.shape",
            "np.all(np.abs(pulse) <= envelope + 1e-12)",
            "np.isclose(envelope.max(), 1, atol=1e-3) and envelope[0] < 1.1e-3",
            "abs(dominant_frequency(pulse, fs) - fc) < 0.1 * fc",
        ],
        difficulty="intermediate",
        tags=["waveform", "pulse", "ultrasound"],
    )
    yield ex(
        id="signal.lsim_rc_circuit",
        task="""Simulate an RC low-pass circuit with a 20 Hz corner frequency, as the continuous-time
        transfer function 1 / (tau s + 1) (`TransferFunction`), driven by `signal` sampled at `fs` Hz on
        the time axis `t`. The circuit was already running when the record began: start it in steady
        state for the first input value (initial state `x0`) rather than discharged. Store the circuit
        output from `lsim` in `response` and its time axis in `t_out`.""",
        code="""
            import numpy as np
            from scipy import signal as sps

            tau = 1 / (2 * np.pi * 20)  # RC time constant for a 20 Hz corner
            rc = sps.TransferFunction([1], [tau, 1])
            # steady state for a constant input u0 is where dx/dt = A x + B u0 = 0; lsim takes the state
            # of the same state-space form that to_ss() gives
            state_space = rc.to_ss()
            x0 = -np.linalg.solve(state_space.A, state_space.B[:, 0] * signal[0])
            t_out, response, _ = sps.lsim(rc, U=signal, T=t, X0=x0)
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"signal": "noisy.signal", "t": "noisy.t", "fs": "noisy.fs"},
        checks=[
            "response.shape == signal.shape and np.allclose(t_out, t)",
            # a first-order low-pass is gentle: |H|**2 is still 0.86 at 8 Hz
            band_kept("response", "0", "8", 0.7),
            band_removed("response", "100", "fs / 2", 0.1),
        ],
        difficulty="intermediate",
        tags=["lti", "continuous-time", "simulation", "initial-conditions"],
        edge_cases={
            "min_seconds": 0.5,
            "why": "the checks read the 0-8 Hz band, which takes periodogram bins (1 / duration) a few times finer than 8 Hz",
        },
    )
    yield ex(
        id="signal.statespace_oscillator",
        task="""Model a mass-spring-damper (`m` = 1 kg, `c` = 0.4 N s/m, `k` = 25 N/m; input force, output
        displacement) as a `StateSpace` system `oscillator`, and compute its impulse response
        `displacement` over 0-10 s on 1001 points (`t_out`).""",
        code="""
            import numpy as np
            from scipy import signal as sps

            m, c, k = 1.0, 0.4, 25.0
            A = [[0, 1], [-k / m, -c / m]]  # state: displacement, velocity
            B = [[0], [1 / m]]
            C = [[1, 0]]
            D = [[0]]
            oscillator = sps.StateSpace(A, B, C, D)
            t_out, displacement = sps.impulse(oscillator, T=np.linspace(0, 10, 1001))
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={},
        checks=[
            # the poles are the eigenvalues of A and the roots of m s**2 + c s + k
            "np.allclose(np.sort_complex(np.linalg.eigvals(oscillator.A)), np.sort_complex(np.roots([m, c, k])))",
            "len(t_out) == len(displacement) == 1001",
            # analytic impulse response of an underdamped oscillator
            "np.allclose(displacement, np.exp(-c / (2 * m) * t_out) * np.sin(np.sqrt(k / m - (c / (2 * m)) ** 2) * t_out) / (m * np.sqrt(k / m - (c / (2 * m)) ** 2)), atol=1e-4)",
        ],
        difficulty="intermediate",
        tags=["lti", "state-space", "oscillator"],
    )


def _error_handling() -> Iterator[Example]:
    yield ex(
        id="signal.cutoff_above_nyquist",
        task="""A configuration asks for a 600 Hz 4th-order Butterworth low-pass (`requested_cutoff`) on
        `signal` sampled at `fs` Hz. Try to design it; if `butter` raises ValueError because the
        cutoff is not below the Nyquist frequency, store the message in `clamp_message` (else None)
        and clamp the cutoff to 95% of Nyquist. Store the cutoff used in `cutoff` and the zero-phase
        filtered signal in `filtered`.""",
        code="""
            from scipy import signal as sps

            requested_cutoff = 600.0
            clamp_message = None
            try:
                sos = sps.butter(4, requested_cutoff, fs=fs, output="sos")
                cutoff = requested_cutoff
            except ValueError as err:
                # butter needs 0 < cutoff < fs / 2
                clamp_message = str(err)
                cutoff = 0.95 * fs / 2
                sos = sps.butter(4, cutoff, fs=fs, output="sos")
            filtered = sps.sosfiltfilt(sos, signal)
        """,
        domain=DOMAIN,
        libraries=["scipy.signal"],
        inputs=NOISY,
        checks=[
            "0 < cutoff < fs / 2",
            "(clamp_message is None) == (requested_cutoff < fs / 2)",
            "cutoff == requested_cutoff or cutoff == 0.95 * fs / 2",
            "filtered.shape == signal.shape and np.all(np.isfinite(filtered))",
        ],
        difficulty="basic",
        tags=["filter-design", "error-handling", "validation"],
        edge_cases=True,
    )
    yield ex(
        id="signal.filtfilt_short_signal",
        task="""Zero-phase filter a short 20-sample burst `burst = signal[:20]` (sampled at `fs` Hz) with
        an 8th-order Butterworth 30 Hz low-pass in (b, a) form. `filtfilt`'s default padding needs more
        samples than that and raises ValueError: catch it, store its message in `pad_error`, and
        fall back to Gustafsson's method (`method="gust"`); store the output in `smoothed`.""",
        code="""
            from scipy import signal as sps

            b, a = sps.butter(8, 30, fs=fs)
            burst = signal[:20]
            pad_error = None
            try:
                smoothed = sps.filtfilt(b, a, burst)
            except ValueError as err:
                # default padlen is 3 * max(len(a), len(b)) = 27 samples
                pad_error = str(err)
                smoothed = sps.filtfilt(b, a, burst, method="gust")
        """,
        domain=DOMAIN,
        libraries=["scipy.signal"],
        inputs=NOISY,
        checks=[
            "pad_error is not None and 'padlen' in pad_error",
            "smoothed.shape == burst.shape and np.all(np.isfinite(smoothed))",
            # what the task asks for, whatever the signal: "it got smoother" is not a property of
            # Gustafsson's method on 20 samples (an already smooth burst can come out rougher)
            "np.allclose(smoothed, scipy.signal.filtfilt(*scipy.signal.butter(8, 30, fs=fs), signal[:20], method='gust'))",
        ],
        difficulty="intermediate",
        tags=["filtering", "error-handling", "edge-effects"],
        edge_cases=True,
    )
    yield ex(
        id="signal.nan_gap_interpolation",
        task="""A logger dropped samples: copy `signal` (sampled at `fs` Hz) to `gappy` and set a run of 2%
        of the samples starting at 20% of its length to NaN. IIR filtering would spread NaN through the
        whole output, so detect the missing samples (`n_missing`), fill them by linear interpolation
        and only then apply a zero-phase 4th-order Butterworth 30 Hz low-pass; store the result in
        `filtered`.""",
        code="""
            import numpy as np
            from scipy import signal as sps

            gappy = signal.copy()
            start = len(signal) // 5
            gappy[start : start + max(1, len(signal) // 50)] = np.nan

            missing = np.isnan(gappy)
            n_missing = int(missing.sum())
            filled = gappy.copy()
            if n_missing:
                idx = np.arange(len(gappy))
                filled[missing] = np.interp(idx[missing], idx[~missing], gappy[~missing])
            sos = sps.butter(4, 30, fs=fs, output="sos")
            filtered = sps.sosfiltfilt(sos, filled)
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs=NOISY,
        checks=[
            "n_missing == max(1, len(signal) // 50)",
            "filtered.shape == signal.shape and np.all(np.isfinite(filtered))",
            band_removed("filtered", "100", "fs / 2"),
        ],
        difficulty="intermediate",
        tags=["missing-data", "error-handling", "interpolation"],
        edge_cases={
            "min_seconds": 0.2,
            "why": "the check tells the stopband above 100 Hz from the pass band below 30 Hz, which takes periodogram bins (1 / "
            "duration) a few times finer than that gap",
        },
    )
    yield ex(
        id="signal.firwin_even_taps_highpass",
        task="""A spec asks for a 100-tap FIR high-pass at 80 Hz (data at `fs` Hz). `firwin` rejects an
        even length for a high-pass with ValueError: catch it, store the message in `firwin_error`,
        add one tap and design again; store the coefficients in `taps` and the output of applying
        them to `signal` with `lfilter` in `highpassed`.""",
        code="""
            from scipy import signal as sps

            numtaps = 100
            firwin_error = None
            try:
                taps = sps.firwin(numtaps, 80, pass_zero="highpass", fs=fs)
            except ValueError as err:
                # an even-length linear-phase FIR always has a zero at Nyquist, so it cannot pass it
                firwin_error = str(err)
                numtaps += 1
                taps = sps.firwin(numtaps, 80, pass_zero="highpass", fs=fs)
            highpassed = sps.lfilter(taps, 1.0, signal)
        """,
        domain=DOMAIN,
        libraries=["scipy.signal"],
        inputs=NOISY,
        checks=[
            "firwin_error is not None and len(taps) == 101",
            "highpassed.shape == signal.shape",
            band_removed("highpassed", "0", "20"),
        ],
        difficulty="intermediate",
        tags=["filter-design", "fir", "error-handling"],
        edge_cases=True,
    )
    yield ex(
        id="signal.stft_nola_check",
        task="""Write `stft_roundtrip(x, fs, nperseg, noverlap)` that raises ValueError when a Hann
        window with that overlap violates the NOLA condition (`check_NOLA`), and otherwise returns the
        STFT followed by `istft` trimmed to len(x). Call it on `signal` (sampled at `fs` Hz) with
        segments of `nperseg` = 256 samples (the whole signal if shorter) and no overlap; on
        ValueError store the message in `nola_error`, retry with 50% overlap, and store the
        reconstruction in `reconstructed` and the overlap used in `noverlap`.""",
        code="""
            from scipy import signal as sps


            def stft_roundtrip(x, fs, nperseg, noverlap):
                if not sps.check_NOLA("hann", nperseg, noverlap):
                    raise ValueError(f"hann window with noverlap={noverlap} is not invertible (NOLA)")
                _, _, Z = sps.stft(x, fs=fs, window="hann", nperseg=nperseg, noverlap=noverlap)
                _, x_back = sps.istft(Z, fs=fs, window="hann", nperseg=nperseg, noverlap=noverlap)
                return x_back[: len(x)]


            nperseg, noverlap = min(256, len(signal)), 0
            nola_error = None
            try:
                reconstructed = stft_roundtrip(signal, fs, nperseg, noverlap)
            except ValueError as err:
                nola_error = str(err)
                noverlap = nperseg // 2
                reconstructed = stft_roundtrip(signal, fs, nperseg, noverlap)
        """,
        domain=DOMAIN,
        libraries=["scipy.signal"],
        inputs=NOISY,
        checks=[
            "nola_error is not None and nperseg == min(256, len(signal)) and noverlap == nperseg // 2",
            "scipy.signal.check_NOLA('hann', nperseg, noverlap)",
            "np.allclose(reconstructed, signal, atol=1e-9 * np.abs(signal).max())",
        ],
        difficulty="advanced",
        tags=["stft", "error-handling", "validation", "perfect-reconstruction"],
        edge_cases=True,
    )
    yield ex(
        id="signal.unstable_ba_fallback",
        task="""Design a 10th-order Butterworth band-pass from 0.9 to 1.1 times the known tone `tones[1]`
        (data at `fs` Hz) as coefficients `b`, `a`, and the same design as second-order sections `sos`. Rounding
        the coefficients of a narrow high-order (b, a) filter moves its poles, out of the unit circle or
        merely away from the design: raise ValueError if any root of `a` lies on or outside the unit
        circle, or if the (b, a) frequency response (`freqz`, 1024 points) differs from that of `sos`
        by more than 1e-3 anywhere; catch it, store the message in `stability_error` (else None), and
        fall back to `sos`. Store the filtered `signal` in `filtered`.""",
        code="""
            import numpy as np
            from scipy import signal as sps

            band = [0.9 * tones[1], 1.1 * tones[1]]
            b, a = sps.butter(10, band, btype="bandpass", fs=fs)
            # sections keep each pole pair well conditioned
            sos = sps.butter(10, band, btype="bandpass", fs=fs, output="sos")
            stability_error = None
            try:
                if np.any(np.abs(np.roots(a)) >= 1):
                    raise ValueError("(b, a) coefficients give poles outside the unit circle")
                # a stable (b, a) form can still be far from the design it was rounded from
                _, h_ba = sps.freqz(b, a, worN=1024, fs=fs)
                _, h_sos = sps.sosfreqz(sos, worN=1024, fs=fs)
                if np.abs(h_ba - h_sos).max() > 1e-3:
                    raise ValueError("(b, a) coefficients no longer give the designed response")
                filtered = sps.lfilter(b, a, signal)
            except ValueError as err:
                stability_error = str(err)
                filtered = sps.sosfilt(sos, signal)
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs=NOISY_TONES,
        checks=[
            "(stability_error is None) == bool(np.all(np.abs(np.roots(a)) < 1) and "
            "np.abs(scipy.signal.freqz(b, a, worN=1024, fs=fs)[1] - scipy.signal.sosfreqz(sos, worN=1024, fs=fs)[1]).max() <= 1e-3)",
            "filtered.shape == signal.shape and np.all(np.isfinite(filtered))",
            # whichever form ran, the output is the designed filter's
            "np.allclose(filtered, scipy.signal.sosfilt(sos, signal), rtol=0, atol=1e-2 * np.abs(signal).max())",
            "abs(dominant_frequency(filtered, fs) - tones[1]) <= 2 * fs / len(signal)",
        ],
        difficulty="advanced",
        tags=["filter-design", "stability", "error-handling"],
        edge_cases={
            "tone_ranges": [[2, 20], [40, 110], [150, 200]],
            "noise_only": False,
            "why": "the pass band is placed around `tones[1]` (drawn anywhere in 40-110 Hz: at 500 Hz the (b, a) form holds "
            "from about 80 Hz up, elsewhere the fallback runs), and a pure-noise draw has no tones",
        },
    )

    yield ex(
        id="signal.savgol_short_segment",
        task="""Smooth a short 31-sample segment `segment = signal[:31]` with a Savitzky-Golay filter
        (polynomial order 3) that is configured for a 51-sample window. `savgol_filter` raises
        ValueError when the window is longer than the data: catch it, store the message in
        `window_error`, shrink the window to the longest odd length that fits (`window_length`) and
        smooth again; store the result in `smoothed`.""",
        code="""
            from scipy import signal as sps

            segment = signal[:31]
            window_length, polyorder = 51, 3
            window_error = None
            try:
                smoothed = sps.savgol_filter(segment, window_length, polyorder)
            except ValueError as err:
                window_error = str(err)
                window_length = len(segment) if len(segment) % 2 else len(segment) - 1
                smoothed = sps.savgol_filter(segment, window_length, polyorder)
        """,
        domain=DOMAIN,
        libraries=["scipy.signal"],
        inputs={"signal": "noisy.signal"},
        checks=[
            "window_error is not None and window_length == 31",
            "smoothed.shape == segment.shape and np.all(np.isfinite(smoothed))",
            "np.std(np.diff(smoothed)) < np.std(np.diff(segment))",
        ],
        difficulty="basic",
        tags=["smoothing", "savitzky-golay", "error-handling"],
        edge_cases=True,
    )

def _plots() -> Iterator[Example]:
    yield ex(
        id="signal.plot_freqz_families",
        task="""Plot the magnitude responses (gain in dB against frequency on a log axis, 1 Hz to
        Nyquist) of 4th-order 100 Hz low-pass Butterworth, Chebyshev I (1 dB ripple), Chebyshev II
        (40 dB stopband) and elliptic (1 dB / 40 dB) designs for `fs` = 1000 Hz, computed with
        `freqz`, on one axes `ax` with a legend naming each family, axis labels and a title.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np
            from scipy import signal as sps

            fs = 1000.0
            designs = {
                "Butterworth": sps.butter(4, 100, fs=fs),
                "Chebyshev I": sps.cheby1(4, 1, 100, fs=fs),
                "Chebyshev II": sps.cheby2(4, 40, 100, fs=fs),
                "Elliptic": sps.ellip(4, 1, 40, 100, fs=fs),
            }
            freqs = np.geomspace(1, fs / 2, 1000)
            fig, ax = plt.subplots()
            for name, (b, a) in designs.items():
                _, h = sps.freqz(b, a, worN=freqs, fs=fs)
                # floor the gain so the stopband zeros do not hit log10(0)
                ax.semilogx(freqs, 20 * np.log10(np.maximum(np.abs(h), 1e-10)), label=name)
            ax.set(xlabel="Frequency (Hz)", ylabel="Gain (dB)", ylim=(-80, 5),
                   title="4th-order low-pass designs, 100 Hz cutoff")
            ax.grid(True, which="both", alpha=0.3)
            ax.legend()
        """,
        domain=DOMAIN,
        libraries=PLOT_LIBS,
        inputs={},
        checks=[
            "figure_summary().axes[0].xscale == 'log'",
            "sorted(figure_summary().axes[0].legend_labels) == sorted(['Butterworth', 'Chebyshev I', 'Chebyshev II', 'Elliptic'])",
            "figure_summary().axes[0].n_lines == 4 and 'dB' in figure_summary().axes[0].ylabel",
        ],
        difficulty="intermediate",
        tags=["filter-design", "frequency-response", "custom-plotting"],
    )
    yield ex(
        id="signal.plot_spectrogram_chirp",
        task="""Generate a 2 s linear chirp `sweep` from 50 to 800 Hz at `fs` = 2000 Hz (`chirp`),
        compute its spectrogram (`freqs`, `times`, `Sxx`; 256-sample segments, 192 overlap) and show it
        in dB with `pcolormesh` on `ax`, with axis labels, a title and a colorbar labelled in dB.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np
            from scipy import signal as sps

            fs = 2000.0
            t = np.arange(0, 2, 1 / fs)
            sweep = sps.chirp(t, f0=50, t1=t[-1], f1=800, method="linear")
            freqs, times, Sxx = sps.spectrogram(sweep, fs=fs, nperseg=256, noverlap=192)

            fig, ax = plt.subplots()
            mesh = ax.pcolormesh(times, freqs, 10 * np.log10(np.maximum(Sxx, 1e-12)), shading="nearest")
            ax.set(xlabel="Time (s)", ylabel="Frequency (Hz)", title="Spectrogram of a linear chirp")
            fig.colorbar(mesh, ax=ax, label="Power (dB)")
        """,
        domain=DOMAIN,
        libraries=PLOT_LIBS,
        inputs={},
        checks=[
            "Sxx.shape == (len(freqs), len(times))",
            # the ridge of the spectrogram follows the sweep upwards
            "np.all(np.diff(freqs[np.argmax(Sxx, axis=0)]) >= 0)",
            "freqs[np.argmax(Sxx[:, 0])] < 150 and freqs[np.argmax(Sxx[:, -1])] > 700",
            "figure_summary().has_colorbar and figure_summary().axes[0].ylabel == 'Frequency (Hz)'",
        ],
        difficulty="intermediate",
        tags=["spectrogram", "chirp", "time-frequency", "custom-plotting"],
    )
    yield ex(
        id="signal.plot_amplitude_spectrum",
        task="""Compute the one-sided amplitude spectrum of `signal` (sampled at `fs` Hz) with numpy's
        real FFT after removing its mean and applying a Hann window from `get_window`, scaled by the
        window's coherent gain so that a sine of amplitude A reads A (`freqs`, `amplitude`), and plot
        it on `ax` with a logarithmic amplitude axis, axis labels and a title.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np
            from scipy import signal as sps

            window = sps.get_window("hann", len(signal))
            # without the mean, an offset cannot swamp the lowest bins
            spectrum = np.fft.rfft((signal - signal.mean()) * window)
            freqs = np.fft.rfftfreq(len(signal), d=1 / fs)
            amplitude = 2 * np.abs(spectrum) / window.sum()

            fig, ax = plt.subplots()
            ax.plot(freqs, amplitude, linewidth=0.8)
            ax.set_yscale("log")
            ax.set(xlabel="Frequency (Hz)", ylabel="Amplitude", title="Hann-windowed amplitude spectrum")
        """,
        domain=DOMAIN,
        libraries=["numpy", "scipy.signal", "matplotlib"],
        inputs=AUDIO,
        checks=[
            "freqs.shape == amplitude.shape == (len(signal) // 2 + 1,)",
            "abs(freqs[np.argmax(amplitude)] - dominant_frequency(signal, fs)) <= 2 * fs / len(signal)",
            # second route: the strongest sine's amplitude from the finely interpolated (16x zero-padded)
            # plain DFT; a Hann window reads up to 15% low for a tone halfway between bins
            "np.isclose(amplitude.max(), 2 * np.abs(np.fft.rfft(signal - np.mean(signal), 16 * len(signal))).max() / len(signal), rtol=0.2)",
            "figure_summary().axes[0].yscale == 'log' and figure_summary().axes[0].xlabel == 'Frequency (Hz)'",
        ],
        difficulty="intermediate",
        tags=["spectrum", "fft", "window", "custom-plotting"],
        edge_cases={
            "min_seconds": 0.1,
            "noise_only": False,
            "why": "the check reads the amplitude of the strongest sine, which a pure-noise draw does not have; reading it "
            "takes a record of many of its periods (0.1 s holds 44 of the 440 Hz tone's), with the noise spread over "
            "enough bins to stay well below it",
        },
    )
    yield ex(
        id="signal.plot_welch_psd_tones",
        task="""Estimate the Welch PSD of `signal` (sampled at `fs` Hz; segments of 1024 samples or the
        signal length if shorter) as `freqs`, `psd`, plot it on `ax` with a logarithmic PSD axis,
        mark the known tone frequencies `tones` with dashed vertical lines, and add axis labels, a
        title and a legend ("Welch PSD", "known tones").""",
        code="""
            import matplotlib.pyplot as plt
            from scipy import signal as sps

            freqs, psd = sps.welch(signal, fs=fs, nperseg=min(1024, len(signal)))
            fig, ax = plt.subplots()
            ax.semilogy(freqs, psd, label="Welch PSD")
            ax.vlines(tones, psd.min(), psd.max(), colors="gray", linestyles="--", label="known tones")
            ax.set(xlabel="Frequency (Hz)", ylabel="PSD (V²/Hz)", title="Power spectral density")
            ax.legend()
        """,
        domain=DOMAIN,
        libraries=["scipy.signal", "matplotlib"],
        inputs=NOISY_TONES,
        checks=[
            # (a pure-noise signal has no tones to find)
            "tones.size == 0 or np.min(np.abs(tones - freqs[np.argmax(psd)])) <= 2 * (freqs[1] - freqs[0])",
            "figure_summary().axes[0].yscale == 'log'",
            "figure_summary().axes[0].legend_labels == ['Welch PSD', 'known tones']",
            "figure_summary().axes[0].xlabel == 'Frequency (Hz)'",
        ],
        difficulty="basic",
        tags=["spectrum", "psd", "welch", "custom-plotting"],
        edge_cases={
            "min_seconds": 0.25,
            "why": "the largest PSD peak lies at a tone only once the segments resolve the tones from DC and from each other "
            "(bins of a few Hz, a quarter of a second or more); a record of a few dozen samples is all noise and ramp",
        },
    )
    yield ex(
        id="signal.plot_filter_before_after",
        task="""Band-pass `signal` (time axis `t`, sampled at `fs` Hz) around the known tone `tones[1]`
        (0.8 to 1.2 times it, 4th-order Butterworth, zero phase) into `filtered`, and draw a two-row
        figure: on top the raw and filtered waveforms over the first five periods of that tone, below
        their Welch PSDs on a log axis; label both panels and give each a legend ("raw",
        "band-passed").""",
        code="""
            import matplotlib.pyplot as plt
            from scipy import signal as sps

            sos = sps.butter(4, [0.8 * tones[1], 1.2 * tones[1]], btype="bandpass", fs=fs, output="sos")
            filtered = sps.sosfiltfilt(sos, signal)

            fig, (ax_time, ax_freq) = plt.subplots(2, 1, figsize=(8, 6), layout="constrained")
            ax_time.plot(t, signal, linewidth=0.8, alpha=0.6, label="raw")
            ax_time.plot(t, filtered, linewidth=1.5, label="band-passed")
            ax_time.set(xlim=(t[0], t[0] + 5 / tones[1]), xlabel="Time (s)", ylabel="Amplitude",
                        title=f"Band-pass around {tones[1]:g} Hz")
            ax_time.legend()
            for x, label in [(signal, "raw"), (filtered, "band-passed")]:
                freqs, psd = sps.welch(x, fs=fs, nperseg=min(512, len(x)))
                ax_freq.semilogy(freqs, psd, label=label)
            ax_freq.set(xlabel="Frequency (Hz)", ylabel="PSD (V²/Hz)")
            ax_freq.legend()
        """,
        domain=DOMAIN,
        libraries=["scipy.signal", "matplotlib"],
        inputs={"signal": "noisy.signal", "fs": "noisy.fs", "t": "noisy.t", "tones": "noisy.tones"},
        checks=[
            "filtered.shape == signal.shape",
            tone_kept("filtered", "tones[1]", 0.7),
            "figure_summary().n_axes == 2 and figure_summary().axes[1].yscale == 'log'",
            "figure_summary().axes[0].legend_labels == figure_summary().axes[1].legend_labels == ['raw', 'band-passed']",
        ],
        difficulty="advanced",
        tags=["filtering", "psd", "custom-plotting"],
        edge_cases={
            "tone_ranges": [[2, 20], [40, 70], [100, 200]],
            "noise_only": False,
            "min_seconds": 0.5,
            "why": "the pass band is placed around `tones[1]` (drawn anywhere in 40-70 Hz, clear of the other tones), and a "
            "pure-noise draw has no tones; the check's 4 Hz band needs periodogram bins (1 / duration) of 2 Hz or finer",
        },
    )
    yield ex(
        id="signal.plot_step_damping",
        task="""Plot the unit-step responses (`step`) of the second-order system wn**2 / (s**2 + 2 zeta wn
        s + wn**2) with wn = 2 rad/s for damping ratios 0.2, 0.5 and 1.0 (`TransferFunction`) over
        0-10 s on one axes `ax`, one labelled line per ratio, with axis labels, a title and a legend;
        store each response's overshoot above 1 in the dict `overshoot` keyed by the ratio.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np
            from scipy import signal as sps

            wn = 2.0
            t = np.linspace(0, 10, 500)
            overshoot = {}
            fig, ax = plt.subplots()
            for zeta in (0.2, 0.5, 1.0):
                system = sps.TransferFunction([wn**2], [1, 2 * zeta * wn, wn**2])
                t_out, y = sps.step(system, T=t)
                overshoot[zeta] = y.max() - 1
                ax.plot(t_out, y, label=f"ζ = {zeta}")
            ax.axhline(1, color="gray", linestyle=":", linewidth=0.8)
            ax.set(xlabel="Time (s)", ylabel="Output", title="Step response of a second-order system")
            ax.legend(title="damping ratio")
        """,
        domain=DOMAIN,
        libraries=PLOT_LIBS,
        inputs={},
        checks=[
            "len(figure_summary().axes[0].legend_labels) == 3",
            # percent overshoot of an underdamped system: exp(-pi zeta / sqrt(1 - zeta**2))
            "np.isclose(overshoot[0.2], np.exp(-np.pi * 0.2 / np.sqrt(1 - 0.2**2)), rtol=0.02)",
            "overshoot[0.2] > overshoot[0.5] > 0 and overshoot[1.0] < 1e-3",
        ],
        difficulty="basic",
        tags=["lti", "step-response", "control", "custom-plotting"],
    )

    yield ex(
        id="signal.plot_bode_rc",
        task="""Draw the Bode plot of a first-order RC low-pass with a 20 Hz corner (transfer function
        1 / (tau s + 1)): compute magnitude `mag` (dB) and phase `phase` (degrees) with `bode` at 200
        log-spaced frequencies `freqs_hz` from 1 Hz to 1 kHz, and plot them in two stacked panels
        (`ax_mag`, `ax_phase`) sharing a logarithmic frequency axis, with a dashed line at the corner,
        axis labels and a title.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np
            from scipy import signal as sps

            corner = 20.0
            rc = sps.TransferFunction([1], [1 / (2 * np.pi * corner), 1])
            freqs_hz = np.geomspace(1, 1000, 200)
            # bode works in rad/s
            _, mag, phase = sps.bode(rc, w=2 * np.pi * freqs_hz)

            fig, (ax_mag, ax_phase) = plt.subplots(2, 1, sharex=True, figsize=(7, 6))
            ax_mag.semilogx(freqs_hz, mag)
            ax_mag.set(ylabel="Magnitude (dB)", title="Bode plot of an RC low-pass (20 Hz corner)")
            ax_phase.semilogx(freqs_hz, phase)
            ax_phase.set(xlabel="Frequency (Hz)", ylabel="Phase (deg)")
            for ax in (ax_mag, ax_phase):
                ax.axvline(corner, color="gray", linestyle="--", linewidth=0.8)
                ax.grid(True, which="both", alpha=0.3)
        """,
        domain=DOMAIN,
        libraries=PLOT_LIBS,
        inputs={},
        checks=[
            "np.isclose(np.interp(20, freqs_hz, mag), -3.01, atol=0.05)",
            "np.isclose(np.interp(20, freqs_hz, phase), -45, atol=0.5) and phase[-1] < -85",
            "figure_summary().n_axes == 2 and all(a.xscale == 'log' for a in figure_summary().axes)",
            "figure_summary().axes[1].n_lines == 2 and figure_summary().axes[1].shares_x",
        ],
        difficulty="intermediate",
        tags=["lti", "bode", "frequency-response", "custom-plotting"],
    )
