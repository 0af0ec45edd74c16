"""Numerical integration and optimization with scipy.integrate and scipy.optimize."""

from __future__ import annotations

from collections.abc import Iterator

from . import ex
from ..example import Example

DOMAIN = "numerical_methods"
INTEGRATE = ["scipy.integrate", "numpy"]
OPTIMIZE = ["scipy.optimize", "numpy"]


def examples() -> Iterator[Example]:
    """Every example of this module: integration first, then optimization."""
    yield from quadrature_examples()
    yield from ode_examples()
    yield from minimize_root_fit_examples()
    yield from programming_and_global_examples()


def quadrature_examples() -> Iterator[Example]:
    """Quadrature of functions and sampled data: quad and its weights, multiple integrals, fixed rules."""
    yield ex(
        id="integrate.quad_gaussian_infinite",
        task="""Compute the Gaussian integral of exp(-x**2) over the whole real line with
        `scipy.integrate.quad`, passing infinite limits; store the value in `value` and QUADPACK's
        error estimate in `abserr`.""",
        code="""
            import numpy as np
            from scipy import integrate

            # infinite limits are allowed: quad maps the real line onto a finite interval internally
            value, abserr = integrate.quad(lambda x: np.exp(-x**2), -np.inf, np.inf)
        """,
        domain=DOMAIN,
        libraries=INTEGRATE,
        checks=[
            "np.isclose(value, np.sqrt(np.pi), rtol=1e-10)",
            "0 <= abserr < 1e-6",
        ],
        difficulty="basic",
        tags=["quadrature", "improper-integral"],
    )
    yield ex(
        id="integrate.quad_points_kinks",
        task="""Integrate |sin(x)| from 0 to 10 with `quad`, telling it where the integrand has kinks
        (the multiples of pi inside the interval) through `points=`; store the result in `value`
        and the error estimate in `abserr`.""",
        code="""
            import numpy as np
            from scipy import integrate

            # breakpoints at the kinks let the adaptive rule split there instead of hunting for them
            kinks = np.pi * np.arange(1, 4)
            value, abserr = integrate.quad(lambda x: np.abs(np.sin(x)), 0, 10, points=kinks)
        """,
        domain=DOMAIN,
        libraries=INTEGRATE,
        checks=[
            "np.isclose(value, 7 + np.cos(10), rtol=1e-10)",
            "abserr < 1e-8",
        ],
        difficulty="intermediate",
        tags=["quadrature", "discontinuity"],
    )
    yield ex(
        id="integrate.quad_weight_sin_semi_infinite",
        task="""Compute the Fourier sine integral of exp(-a*x) over [0, inf) for a = 0.5 and angular
        frequency `omega` = 20 with `quad`'s sine weight (`weight="sin"`, `wvar=omega`), which is
        built for oscillatory integrands on infinite ranges; store it in `value` and the error estimate
        in `abserr`.""",
        code="""
            import numpy as np
            from scipy import integrate

            a, omega = 0.5, 20.0
            # quad multiplies the integrand by sin(omega * x) and uses a Fourier-integral rule (QAWF)
            value, abserr = integrate.quad(lambda x: np.exp(-a * x), 0, np.inf, weight="sin", wvar=omega)
        """,
        domain=DOMAIN,
        libraries=INTEGRATE,
        checks=[
            "np.isclose(value, omega / (0.5**2 + omega**2), rtol=1e-8)",
            "abserr < 1e-8",
        ],
        difficulty="advanced",
        tags=["quadrature", "oscillatory", "fourier"],
    )
    yield ex(
        id="integrate.quad_cauchy_principal_value",
        task="""Compute the Cauchy principal value of the integral of x**2 / (x - c) from a = 0 to b = 3
        with the pole at c = 1, using `quad` with `weight="cauchy"` and `wvar=c`; store it in `pv` and
        the error estimate in `abserr`.""",
        code="""
            from scipy import integrate

            a, b, c = 0.0, 3.0, 1.0
            # weight="cauchy" divides the integrand by (x - wvar) and returns the principal value
            pv, abserr = integrate.quad(lambda x: x**2, a, b, weight="cauchy", wvar=c)
        """,
        domain=DOMAIN,
        libraries=["scipy.integrate"],
        checks=[
            # x**2/(x - c) = x + c + c**2/(x - c): the last term gives c**2 log((b - c)/(c - a))
            "np.isclose(pv, 4.5 + 3.0 + np.log(2.0), rtol=1e-10)",
            "abserr < 1e-8",
        ],
        difficulty="advanced",
        tags=["quadrature", "singularity", "principal-value"],
    )
    yield ex(
        id="integrate.quad_alg_log_endpoint_singularity",
        task="""Integrate log(x) / sqrt(x) over [0, 1], whose integrand is singular at 0, by giving `quad`
        the algebraic-logarithmic weight (`weight="alg-loga"`, `wvar=(-0.5, 0)`, i.e. x**-0.5 * log(x))
        and a constant integrand; store the result in `value` and the error estimate in `abserr`.""",
        code="""
            from scipy import integrate

            # the weight (x - a)**alpha * (b - x)**beta * log(x - a) absorbs the singular factors exactly
            value, abserr = integrate.quad(lambda x: 1.0, 0, 1, weight="alg-loga", wvar=(-0.5, 0.0))
        """,
        domain=DOMAIN,
        libraries=["scipy.integrate"],
        checks=[
            "np.isclose(value, -4.0, rtol=1e-10)",
            "abserr < 1e-8",
        ],
        difficulty="advanced",
        tags=["quadrature", "singularity"],
    )
    yield ex(
        id="integrate.quad_full_output_fallback",
        task="""Integrate cos(50 x) * exp(-0.01 x) over [0, 200] with `quad(..., full_output=1)`; QUADPACK
        reports a convergence problem as a 4th returned item instead of an IntegrationWarning. Store
        that message in `first_message` (None if there was none); if there was one, redo the integral
        with the cosine weight (`weight="cos"`). Store the final result in `value` and `abserr`, and
        whether the final call converged in `converged`.""",
        code="""
            import numpy as np
            from scipy import integrate

            rate, omega, upper = 0.01, 50.0, 200.0
            result = integrate.quad(lambda x: np.cos(omega * x) * np.exp(-rate * x), 0, upper, full_output=1)
            first_message = result[3] if len(result) > 3 else None
            if first_message is not None:
                # too many oscillations for plain subdivision: let a cosine-weighted rule (QAWO) absorb them
                result = integrate.quad(lambda x: np.exp(-rate * x), 0, upper, weight="cos", wvar=omega, full_output=1)
            value, abserr = result[0], result[1]
            converged = len(result) == 3
        """,
        domain=DOMAIN,
        libraries=INTEGRATE,
        checks=[
            "isinstance(first_message, str) and len(first_message) > 0",
            "converged",
            "np.isclose(value, ((1 - np.exp(-(0.01 - 50j) * 200)) / (0.01 - 50j)).real, rtol=1e-8, atol=1e-12)",
            "abserr < 1e-8",
        ],
        difficulty="advanced",
        tags=["quadrature", "oscillatory", "error-handling"],
    )
    yield ex(
        id="integrate.quad_detect_divergence",
        task="""Integrate x**-p over [0, 1] for each exponent p in 0.5, 0.9, 1.0 and 1.5 with
        `quad(..., full_output=1)`; the integral diverges for p >= 1, which QUADPACK signals only
        through a 4th returned message (its number may even look finite). Store in the dict
        `integrals` (keyed by p) the value when quad reported no problem and None otherwise, and the
        messages of the failed cases in the dict `messages`.""",
        code="""
            from scipy import integrate

            integrals, messages = {}, {}
            for p in [0.5, 0.9, 1.0, 1.5]:
                result = integrate.quad(lambda x: x**-p, 0, 1, full_output=1)
                if len(result) > 3:  # a message means the value cannot be trusted
                    integrals[p] = None
                    messages[p] = result[3]
                else:
                    integrals[p] = result[0]
        """,
        domain=DOMAIN,
        libraries=["scipy.integrate"],
        checks=[
            "np.isclose(integrals[0.5], 2.0) and np.isclose(integrals[0.9], 10.0)",
            "integrals[1.0] is None and integrals[1.5] is None",
            "set(messages) == {1.0, 1.5} and all(isinstance(m, str) for m in messages.values())",
        ],
        difficulty="intermediate",
        tags=["quadrature", "improper-integral", "error-handling"],
    )
    yield ex(
        id="integrate.quad_args_normal_probability",
        task="""Estimate the mean `mu` and sample standard deviation `sigma` of `values`, then compute with
        `quad` the probability `prob` that a normal variable with those parameters lies within one
        standard deviation of its mean: integrate the density of the deviation x - mu (mean 0,
        standard deviation sigma, passed through `args=`) over [-sigma, sigma], which keeps the limits
        exact however large mu is compared with sigma.""",
        code="""
            import numpy as np
            from scipy import integrate


            def normal_pdf(x, mu, sigma):
                return np.exp(-0.5 * ((x - mu) / sigma) ** 2) / (sigma * np.sqrt(2 * np.pi))


            mu, sigma = values.mean(), values.std(ddof=1)
            # the deviation x - mu is normal with mean 0: its limits -sigma, sigma are exact, where
            # mu - sigma and mu + sigma would be rounded at the magnitude of mu
            prob, abserr = integrate.quad(normal_pdf, -sigma, sigma, args=(0.0, sigma))
        """,
        domain=DOMAIN,
        libraries=INTEGRATE,
        inputs={"values": "values"},
        checks=[
            "np.isclose(mu, np.mean(values)) and np.isclose(sigma, np.std(values, ddof=1))",
            # P(|Z| < 1) for a standard normal Z
            "np.isclose(prob, math.erf(1 / math.sqrt(2)), rtol=1e-10)",
        ],
        difficulty="basic",
        tags=["quadrature", "probability"],
        edge_cases={
            "min_size": 2,
            "constant": False,
            "why": "a normal density needs a positive sample standard deviation: two or more values, not all equal",
        },
    )
    yield ex(
        id="integrate.dblquad_triangular_plate",
        task="""A triangular plate occupies 0 <= y <= x <= 1 with areal density x*y. Use `dblquad` (inner
        variable y with an upper limit depending on x) to compute its mass `mass` and the x-coordinate
        of its centre of mass `x_centroid`.""",
        code="""
            from scipy import integrate

            # dblquad integrates func(y, x): y is the inner variable, here from 0 up to x
            mass, _ = integrate.dblquad(lambda y, x: x * y, 0, 1, 0, lambda x: x)
            moment_x, _ = integrate.dblquad(lambda y, x: x * x * y, 0, 1, 0, lambda x: x)
            x_centroid = moment_x / mass
        """,
        domain=DOMAIN,
        libraries=["scipy.integrate"],
        checks=[
            "np.isclose(mass, 1 / 8, rtol=1e-10)",
            "np.isclose(x_centroid, 0.8, rtol=1e-10)",
        ],
        difficulty="intermediate",
        tags=["quadrature", "multiple-integral", "physics"],
    )
    yield ex(
        id="integrate.tplquad_tetrahedron",
        task="""Integrate f(x, y, z) = x*y*z over the tetrahedron x, y, z >= 0, x + y + z <= 1 with
        `tplquad`, giving the y limit as a function of x and the z limit as a function of (x, y); store
        the result in `value` and the error estimate in `abserr`.""",
        code="""
            from scipy import integrate

            # tplquad's integrand is func(z, y, x); limits run from the outermost variable (x) inwards
            value, abserr = integrate.tplquad(
                lambda z, y, x: x * y * z,
                0, 1,
                0, lambda x: 1 - x,
                0, lambda x, y: 1 - x - y,
            )
        """,
        domain=DOMAIN,
        libraries=["scipy.integrate"],
        checks=[
            "np.isclose(value, 1 / 720, rtol=1e-8)",
            "abserr < 1e-8",
        ],
        difficulty="intermediate",
        tags=["quadrature", "multiple-integral"],
    )
    yield ex(
        id="integrate.nquad_gaussian_plane",
        task="""Integrate exp(-(x**2 + y**2)) over the whole plane with `nquad`, using infinite ranges
        for both variables and tighter absolute tolerance through `opts`; store the value in `value`
        and the error estimate in `abserr`.""",
        code="""
            import numpy as np
            from scipy import integrate

            value, abserr = integrate.nquad(
                lambda x, y: np.exp(-(x**2 + y**2)),
                [(-np.inf, np.inf), (-np.inf, np.inf)],
                opts={"epsabs": 1e-11},
            )
        """,
        domain=DOMAIN,
        libraries=INTEGRATE,
        checks=[
            "np.isclose(value, np.pi, rtol=1e-9)",
            "abserr < 1e-6",
        ],
        difficulty="basic",
        tags=["quadrature", "multiple-integral", "improper-integral"],
    )
    for n, tol in ((2, 1e-2), (4, 1e-6), (8, 1e-13)):
        yield ex(
            id=f"integrate.fixed_quad_order.n{n}",
            family="integrate.fixed_quad_order",
            task=f"""Integrate exp(x) over [0, 2] with {n}-point Gauss-Legendre quadrature
            (`fixed_quad` with `n={n}`); store the approximation in `approx` and its absolute error
            against the exact value e**2 - 1 in `error`.""",
            code=f"""
                import numpy as np
                from scipy import integrate

                # an n-point Gauss rule is exact for polynomials up to degree 2n - 1
                approx, _ = integrate.fixed_quad(np.exp, 0, 2, n={n})
                error = abs(approx - (np.exp(2) - 1))
            """,
            domain=DOMAIN,
            libraries=INTEGRATE,
            checks=[
                f"np.isclose(approx, np.exp(2) - 1, rtol={tol}, atol=0)",
                f"error < {tol} * (np.exp(2) - 1)",
            ],
            difficulty="basic",
            tags=["quadrature", "gauss-legendre", "parameter-tuning"],
        )
    yield ex(
        id="integrate.quad_vec_laplace_transform",
        task="""Evaluate the Laplace transform of sin(t) at the 10 values `s` = linspace(0.5, 5, 10) in a
        single call to `quad_vec`, integrating the vector-valued integrand exp(-s t) sin(t) over
        t in [0, inf); store the result in `transform`.""",
        code="""
            import numpy as np
            from scipy import integrate

            s = np.linspace(0.5, 5, 10)
            # quad_vec adapts one set of subintervals for all components of an array-valued integrand
            transform, abserr = integrate.quad_vec(lambda t: np.exp(-s * t) * np.sin(t), 0, np.inf)
        """,
        domain=DOMAIN,
        libraries=INTEGRATE,
        checks=[
            "transform.shape == s.shape",
            "np.allclose(transform, 1 / (1 + s**2), atol=1e-8)",
        ],
        difficulty="intermediate",
        tags=["quadrature", "vectorized", "laplace-transform"],
    )
    rules = {
        "trapezoid": ("integrate.trapezoid(y, x=x)", 1e-2),
        "simpson": ("integrate.simpson(y, x=x)", 1e-4),
        "romb": ("integrate.romb(y, dx=x[1] - x[0])", 1e-8),
    }
    for rule, (call, tol) in rules.items():
        yield ex(
            id=f"integrate.sampled_rule_accuracy.{rule}",
            family="integrate.sampled_rule_accuracy",
            task=f"""Sample sin(x) at 17 equally spaced points `x` on [0, pi] (values `y`) and integrate
            the samples with `scipy.integrate.{rule}`; store the estimate in `approx` and its absolute
            error against the exact value 2 in `error`.""",
            code=f"""
                import numpy as np
                from scipy import integrate

                # 2**k + 1 equally spaced samples: the layout Romberg integration requires
                x = np.linspace(0, np.pi, 2**4 + 1)
                y = np.sin(x)
                approx = {call}
                error = abs(approx - 2.0)
            """,
            domain=DOMAIN,
            libraries=INTEGRATE,
            checks=[
                "x.size == 17 and np.allclose(y, np.sin(x))",
                f"error < {tol}",
                f"np.isclose(approx, 2.0, atol={tol})",
            ],
            difficulty="basic",
            tags=["quadrature", "sampled-data", "parameter-tuning"],
        )
    yield ex(
        id="integrate.simpson_peak_area",
        task="""Compute the area under the sampled Gaussian peak (`x`, `y`) over the sampled range with
        Simpson's rule (`scipy.integrate.simpson`); store it in `area`. The true peak parameters
        `params` are (amplitude, centre, width); the peak may be cut off by the end of the range.""",
        code="""
            from scipy import integrate

            area = integrate.simpson(y, x=x)
        """,
        domain=DOMAIN,
        libraries=["scipy.integrate"],
        inputs={"x": "peak.x", "y": "peak.y", "params": "peak.params"},
        checks=[
            # the exact area of the true peak between x[0] and x[-1], up to the data's noise (a standard deviation of
            # up to 5% of the mean |y| per sample, which averages out over 25 or more samples)
            "np.isclose(area, params[0] * params[2] * math.sqrt(math.pi / 2) * (math.erf((x[-1] - params[1]) / (math.sqrt(2) * params[2])) - math.erf((x[0] - params[1]) / (math.sqrt(2) * params[2]))), rtol=0.06)",
            # on samples that resolve the peak, Simpson's and the trapezoid rule agree closely
            "np.isclose(area, np.sum((y[1:] + y[:-1]) / 2 * np.diff(x)), rtol=0.03)",
        ],
        difficulty="basic",
        tags=["quadrature", "sampled-data", "curve"],
        edge_cases={
            "min_size": 25,
            "why": "a sampled-data rule recovers a peak's area only when the samples resolve the peak: "
            "25 or more samples over the range keep the spacing below 2/3 of the narrowest width the kind draws (range / 16)",
        },
    )
    yield ex(
        id="integrate.trapezoid_distribution_moments",
        task="""Tabulate the unnormalised Maxwell speed density v**2 * exp(-v**2 / (2 a**2)) with a = 1.5
        on `v` = linspace(0, 12, 2001), normalise it to unit area with `trapezoid` (store the density in
        `pdf`) and compute the mean speed `mean_speed` as the trapezoid integral of v * pdf.""",
        code="""
            import numpy as np
            from scipy import integrate

            a = 1.5
            v = np.linspace(0, 12, 2001)
            density = v**2 * np.exp(-(v**2) / (2 * a**2))
            pdf = density / integrate.trapezoid(density, x=v)
            mean_speed = integrate.trapezoid(v * pdf, x=v)
        """,
        domain=DOMAIN,
        libraries=INTEGRATE,
        checks=[
            "np.isclose(np.sum((pdf[1:] + pdf[:-1]) / 2 * np.diff(v)), 1.0)",
            "np.isclose(mean_speed, 2 * 1.5 * np.sqrt(2 / np.pi), rtol=1e-5)",
        ],
        difficulty="intermediate",
        tags=["quadrature", "probability", "physics"],
    )
    yield ex(
        id="integrate.cumulative_trapezoid_kinematics",
        task="""Given acceleration samples a(t) = cos(t) on `t` = linspace(0, 10, 501), integrate twice with
        `cumulative_trapezoid(..., initial=0)` to get `velocity` and `position` (both starting at 0) at
        every sample time.""",
        code="""
            import numpy as np
            from scipy import integrate

            t = np.linspace(0, 10, 501)
            acceleration = np.cos(t)
            # initial=0 keeps the output the same length as the input
            velocity = integrate.cumulative_trapezoid(acceleration, t, initial=0)
            position = integrate.cumulative_trapezoid(velocity, t, initial=0)
        """,
        domain=DOMAIN,
        libraries=INTEGRATE,
        checks=[
            "velocity.shape == t.shape and position.shape == t.shape",
            "np.allclose(velocity, np.sin(t), atol=1e-3)",
            "np.allclose(position, 1 - np.cos(t), atol=1e-3)",
        ],
        difficulty="basic",
        tags=["cumulative-integral", "sampled-data", "physics"],
    )
    yield ex(
        id="integrate.cumulative_simpson_growth",
        task="""Compute the running integral of the sampled logistic growth curve (`x`, `y`, evenly
        spaced) with `cumulative_simpson(..., initial=0)`, so `cumulative` has one value per sample
        and equals the composite Simpson's rule at every second sample; the true parameters `params`
        are (capacity, rate, midpoint).""",
        code="""
            from scipy import integrate

            cumulative = integrate.cumulative_simpson(y, x=x, initial=0)
        """,
        domain=DOMAIN,
        libraries=["scipy.integrate"],
        inputs={"x": "growth.x", "y": "growth.y", "params": "growth.params"},
        checks=[
            "cumulative.shape == y.shape and cumulative[0] == 0",
            # at x[2], x[4], ... the running integral is the composite Simpson's rule over panels of two intervals
            "np.allclose(cumulative[2::2], np.cumsum((x[2::2] - x[:-2:2]) / 6 * (y[:-2:2] + 4 * y[1:-1:2] + y[2::2])), rtol=1e-9, atol=1e-12 * np.ptp(x) * np.abs(y).max())",
            # the exact running integral of the true curve, up to coarse sampling and the data's noise (a standard
            # deviation of up to 5% of the mean |y| per sample)
            "np.allclose(cumulative, params[0] / params[1] * (np.logaddexp(0, params[1] * (x - params[2])) - np.logaddexp(0, params[1] * (x[0] - params[2]))), atol=0.08 * params[0] * (x[-1] - x[0]))",
        ],
        difficulty="intermediate",
        tags=["cumulative-integral", "sampled-data", "curve"],
        requires={"scipy": ">=1.12"},
        edge_cases=True,
    )
    yield ex(
        id="integrate.simpson_2d_grid",
        task="""Integrate f(x, y) = x**2 * exp(y) over the rectangle [0, 2] x [0, 1] from samples on a
        101 x 51 grid by applying `simpson` twice: first along the y axis (`axis=1`) of the sample
        array `Z`, then along x; store the result in `total`.""",
        code="""
            import numpy as np
            from scipy import integrate

            x = np.linspace(0, 2, 101)
            y = np.linspace(0, 1, 51)
            X, Y = np.meshgrid(x, y, indexing="ij")
            Z = X**2 * np.exp(Y)
            inner = integrate.simpson(Z, x=y, axis=1)
            total = integrate.simpson(inner, x=x)
        """,
        domain=DOMAIN,
        libraries=INTEGRATE,
        checks=[
            "Z.shape == (101, 51)",
            "np.isclose(total, 8 / 3 * (np.e - 1), rtol=1e-6)",
        ],
        difficulty="intermediate",
        tags=["quadrature", "multiple-integral", "sampled-data"],
    )


def ode_examples() -> Iterator[Example]:
    """Initial and boundary value problems: solve_ivp methods, events, dense output, solve_bvp."""
    yield ex(
        id="integrate.solve_ivp_decay_model",
        task="""The data `y` sampled at times `x` follow y' = -k (y - c) with true parameters `params` =
        (A, k, c) and y(x[0]) = A exp(-k x[0]) + c. Simulate that ODE with `solve_ivp` from x[0] to
        x[-1], reporting the solution at the sample times via `t_eval=x`; store the result object in
        `sol` and the simulated curve in `model`.""",
        code="""
            import numpy as np
            from scipy import integrate

            amplitude, k, offset = params
            y0 = amplitude * np.exp(-k * x[0]) + offset
            sol = integrate.solve_ivp(
                lambda t, y: -k * (y - offset), (x[0], x[-1]), [y0], t_eval=x, rtol=1e-8, atol=1e-10
            )
            model = sol.y[0]
        """,
        domain=DOMAIN,
        libraries=INTEGRATE,
        inputs={"x": "decay.x", "y": "decay.y", "params": "decay.params"},
        checks=[
            "sol.success and np.array_equal(sol.t, x)",
            "np.allclose(model, params[0] * np.exp(-params[1] * x) + params[2], rtol=1e-6)",
            "np.sqrt(np.mean((model - y) ** 2)) < 0.5 * np.std(y)",
        ],
        difficulty="basic",
        tags=["ode", "initial-value-problem", "curve"],
        edge_cases=True,
    )
    yield ex(
        id="integrate.solve_ivp_lotka_volterra_dense",
        task="""Integrate the Lotka-Volterra predator-prey equations with rates (a, b, c, d) =
        (1.0, 0.1, 1.5, 0.075) passed through `solve_ivp`'s `args=`, from (prey, predator) = (10, 5)
        over t in [0, 15] with `dense_output=True`; evaluate the continuous solution `sol.sol` on
        `t` = linspace(0, 15, 300) into `prey` and `predator`.""",
        code="""
            import numpy as np
            from scipy import integrate


            def lotka_volterra(t, z, a, b, c, d):
                prey, predator = z
                return [a * prey - b * prey * predator, -c * predator + d * prey * predator]


            sol = integrate.solve_ivp(
                lotka_volterra, (0, 15), [10, 5], args=(1.0, 0.1, 1.5, 0.075),
                dense_output=True, rtol=1e-8, atol=1e-8,
            )
            t = np.linspace(0, 15, 300)
            prey, predator = sol.sol(t)
        """,
        domain=DOMAIN,
        libraries=INTEGRATE,
        checks=[
            "sol.success and prey.shape == t.shape and predator.shape == t.shape",
            # the quantity d*x - c*log(x) + b*y - a*log(y) is conserved along every orbit
            "np.ptp(0.075 * prey - 1.5 * np.log(prey) + 0.1 * predator - 1.0 * np.log(predator)) < 1e-5",
            "prey.min() > 0 and predator.min() > 0",
        ],
        difficulty="intermediate",
        tags=["ode", "initial-value-problem", "population-dynamics"],
    )
    yield ex(
        id="integrate.solve_ivp_terminal_event",
        task="""Simulate a projectile launched from height 1.5 m at 20 m/s and 40 degrees (no drag,
        g = 9.81) with `solve_ivp`, stopping at the moment it reaches the ground by a terminal event
        (`terminal = True`, `direction = -1`); store the solver result in `sol`, the landing time in
        `flight_time` and the horizontal distance in `range_m`.""",
        code="""
            import numpy as np
            from scipy import integrate

            g, h0, speed, angle = 9.81, 1.5, 20.0, np.radians(40)


            def motion(t, state):
                x, y, vx, vy = state
                return [vx, vy, 0.0, -g]


            def hit_ground(t, state):
                return state[1]


            hit_ground.terminal = True  # stop the integration at the first such event
            hit_ground.direction = -1  # only count crossings of y = 0 from above

            start = [0.0, h0, speed * np.cos(angle), speed * np.sin(angle)]
            sol = integrate.solve_ivp(motion, (0, 10), start, events=hit_ground, rtol=1e-9, atol=1e-9)
            flight_time = sol.t_events[0][0]
            range_m = sol.y_events[0][0][0]
        """,
        domain=DOMAIN,
        libraries=INTEGRATE,
        checks=[
            "sol.status == 1",
            "np.isclose(flight_time, (20 * np.sin(np.radians(40)) + np.sqrt((20 * np.sin(np.radians(40)))**2 + 2 * 9.81 * 1.5)) / 9.81, rtol=1e-6)",
            "np.isclose(range_m, 20 * np.cos(np.radians(40)) * flight_time, rtol=1e-6)",
        ],
        difficulty="intermediate",
        tags=["ode", "events", "physics"],
    )
    yield ex(
        id="integrate.solve_ivp_event_period",
        task="""Integrate the damped oscillator x'' + 2*zeta*omega*x' + omega**2*x = 0 with omega = 2 and
        zeta = 0.05 from x = 1, x' = 0 over t in [0, 30], recording every upward zero crossing of x
        with a non-terminal event (`direction = 1`); store the solver result in `sol` and estimate the
        oscillation period `period` as the mean spacing of the crossing times `crossings`.""",
        code="""
            import numpy as np
            from scipy import integrate

            omega, zeta = 2.0, 0.05


            def oscillator(t, state):
                x, v = state
                return [v, -2 * zeta * omega * v - omega**2 * x]


            def upward_zero(t, state):
                return state[0]


            upward_zero.direction = 1

            sol = integrate.solve_ivp(oscillator, (0, 30), [1.0, 0.0], events=upward_zero, rtol=1e-9, atol=1e-12)
            crossings = sol.t_events[0]
            period = np.mean(np.diff(crossings))
        """,
        domain=DOMAIN,
        libraries=INTEGRATE,
        checks=[
            "sol.status == 0 and len(crossings) >= 5",
            "np.isclose(period, 2 * np.pi / (2.0 * np.sqrt(1 - 0.05**2)), rtol=1e-6)",
        ],
        difficulty="intermediate",
        tags=["ode", "events", "physics"],
    )
    variants = (
        ("RK45", 1, "mild", "sol.nfev < 2000"),
        ("RK45", 1000, "stiff", "sol.nfev > 5000"),
        ("Radau", 1000, "stiff", "sol.nfev < 2000"),
        ("BDF", 1000, "stiff", "sol.nfev < 2000"),
        # LSODA detects stiffness and switches from Adams to BDF on its own
        ("LSODA", 1000, "stiff", "sol.nfev < 2000"),
    )
    for method, lam, label, cost_check in variants:
        yield ex(
            id=f"integrate.solve_ivp_stiffness.{method.lower()}_{label}",
            family="integrate.solve_ivp_stiffness",
            task=f"""Solve y' = -lam * (y - cos t) - sin t, y(0) = 1 on t in [0, 5] with lam = {lam}
            ({label}: the exact solution is cos t for any lam) using `solve_ivp` with
            `method="{method}"`, rtol=1e-6 and atol=1e-9; store the result in `sol` and the largest
            absolute error against cos t in `max_error`.""",
            code=f"""
                import numpy as np
                from scipy import integrate

                lam = {lam}
                sol = integrate.solve_ivp(
                    lambda t, y: -lam * (y - np.cos(t)) - np.sin(t), (0, 5), [1.0],
                    method="{method}", rtol=1e-6, atol=1e-9,
                )
                max_error = np.max(np.abs(sol.y[0] - np.cos(sol.t)))
            """,
            domain=DOMAIN,
            libraries=INTEGRATE,
            checks=[
                "sol.success and sol.t[-1] == 5",
                "max_error < 1e-4",
                # explicit methods need tiny steps for stability once lam is large; implicit ones do not
                cost_check,
            ],
            difficulty="intermediate",
            tags=["ode", "stiff", "parameter-tuning"],
        )
    yield ex(
        id="integrate.solve_ivp_robertson_jacobian",
        task="""Solve Robertson's stiff chemical kinetics (rates 0.04, 1e4, 3e7) from concentrations
        (1, 0, 0) up to t = 1e5 with `solve_ivp(method="BDF")`, supplying the analytic Jacobian through
        `jac=`, rtol=1e-6 and atol=1e-10, and report the solution at `t_eval` = geomspace(1e-5, 1e5, 40);
        store the result in `sol`.""",
        code="""
            import numpy as np
            from scipy import integrate


            def robertson(t, y):
                y1, y2, y3 = y
                return [
                    -0.04 * y1 + 1e4 * y2 * y3,
                    0.04 * y1 - 1e4 * y2 * y3 - 3e7 * y2**2,
                    3e7 * y2**2,
                ]


            def jacobian(t, y):
                y1, y2, y3 = y
                return np.array([
                    [-0.04, 1e4 * y3, 1e4 * y2],
                    [0.04, -1e4 * y3 - 6e7 * y2, -1e4 * y2],
                    [0.0, 6e7 * y2, 0.0],
                ])


            t_eval = np.geomspace(1e-5, 1e5, 40)
            sol = integrate.solve_ivp(
                robertson, (0, 1e5), [1.0, 0.0, 0.0], method="BDF", jac=jacobian,
                t_eval=t_eval, rtol=1e-6, atol=1e-10,
            )
        """,
        domain=DOMAIN,
        libraries=INTEGRATE,
        checks=[
            "sol.success and sol.y.shape == (3, t_eval.size)",
            # the reactions only move mass between species
            "np.allclose(sol.y.sum(axis=0), 1.0, atol=1e-6)",
            "np.all(np.diff(sol.y[0]) <= 1e-9) and sol.y[2, -1] > 0.5",
        ],
        difficulty="advanced",
        tags=["ode", "stiff", "chemistry", "jacobian"],
    )
    yield ex(
        id="integrate.solve_ivp_kepler_orbit_dop853",
        task="""Integrate a Kepler orbit (GM = 1) starting at (x, y) = (1, 0) with velocity (0, 1.2) for
        exactly one orbital period `period` using the high-order `DOP853` method with rtol=atol=1e-11
        and `dense_output=True`; store the state after one period, from `sol.sol`, in `end_state` and
        the specific energies along the dense trajectory `energy`.""",
        code="""
            import numpy as np
            from scipy import integrate


            def kepler(t, s):
                x, y, vx, vy = s
                r3 = np.hypot(x, y) ** 3
                return [vx, vy, -x / r3, -y / r3]


            start = np.array([1.0, 0.0, 0.0, 1.2])
            energy0 = 0.5 * 1.2**2 - 1.0
            semi_major = -1 / (2 * energy0)
            period = 2 * np.pi * semi_major**1.5
            sol = integrate.solve_ivp(
                kepler, (0, period), start, method="DOP853", rtol=1e-11, atol=1e-11, dense_output=True
            )
            x, y, vx, vy = sol.sol(np.linspace(0, period, 500))
            energy = 0.5 * (vx**2 + vy**2) - 1 / np.hypot(x, y)
            end_state = sol.sol(period)
        """,
        domain=DOMAIN,
        libraries=INTEGRATE,
        checks=[
            "sol.success",
            "np.allclose(end_state, [1.0, 0.0, 0.0, 1.2], atol=1e-7)",
            "np.allclose(energy, 0.5 * 1.2**2 - 1.0, atol=1e-9)",
        ],
        difficulty="advanced",
        tags=["ode", "dense-output", "physics", "conservation"],
    )
    yield ex(
        id="integrate.solve_ivp_blowup_failure",
        task="""Try to integrate y' = y**2, y(0) = 1 on t in [0, 2] with `solve_ivp`; the solution
        1/(1 - t) blows up at t = 1, so the solver fails. Check `sol.success` instead of assuming it
        worked: store the solver's message in `failure_message` (None on success) and the last time
        reached in `t_reached`.""",
        code="""
            from scipy import integrate

            sol = integrate.solve_ivp(lambda t, y: y**2, (0, 2), [1.0])
            failure_message = None if sol.success else sol.message
            # sol.t holds the steps that were completed before the failure
            t_reached = sol.t[-1]
        """,
        domain=DOMAIN,
        libraries=["scipy.integrate"],
        checks=[
            "not sol.success and sol.status == -1",
            "isinstance(failure_message, str) and len(failure_message) > 0",
            "abs(t_reached - 1.0) < 1e-2",
        ],
        difficulty="intermediate",
        tags=["ode", "error-handling", "singularity"],
    )
    yield ex(
        id="integrate.rk45_manual_stepping",
        task="""Integrate y' = -2 t y, y(0) = 1 up to t = 3 by driving the `RK45` solver class step by
        step (`solver.step()` while its status is "running"), collecting every accepted step into the
        NumPy arrays `times` and `values`.""",
        code="""
            import numpy as np
            from scipy import integrate

            solver = integrate.RK45(lambda t, y: -2 * t * y, 0.0, [1.0], t_bound=3.0, rtol=1e-8, atol=1e-10)
            times, values = [solver.t], [solver.y[0]]
            while solver.status == "running":
                solver.step()
                times.append(solver.t)
                values.append(solver.y[0])
            times = np.array(times)
            values = np.array(values)
        """,
        domain=DOMAIN,
        libraries=INTEGRATE,
        checks=[
            "solver.status == 'finished' and times[-1] == 3.0",
            "isinstance(values, np.ndarray) and values.shape == times.shape",
            "np.all(np.diff(times) > 0) and np.allclose(values, np.exp(-times**2), atol=1e-7)",
        ],
        difficulty="intermediate",
        tags=["ode", "initial-value-problem", "solver-class"],
    )
    yield ex(
        id="integrate.solve_ivp_sir_epidemic",
        task="""Simulate the SIR epidemic model with transmission rate beta = 0.3 and recovery rate
        gamma = 0.1 (passed via `args=`) from fractions (S, I, R) = (0.99, 0.01, 0) for 160 days with
        `solve_ivp`, reporting daily values via `t_eval`; store the result in `sol` and the day of
        peak infections in `peak_day`.""",
        code="""
            import numpy as np
            from scipy import integrate


            def sir(t, y, beta, gamma):
                s, i, r = y
                return [-beta * s * i, beta * s * i - gamma * i, gamma * i]


            days = np.arange(161)
            sol = integrate.solve_ivp(sir, (0, 160), [0.99, 0.01, 0.0], args=(0.3, 0.1), t_eval=days, rtol=1e-8)
            peak_day = sol.t[np.argmax(sol.y[1])]
        """,
        domain=DOMAIN,
        libraries=INTEGRATE,
        checks=[
            "sol.success and sol.y.shape == (3, 161)",
            "np.allclose(sol.y.sum(axis=0), 1.0, atol=1e-6)",
            # along SIR trajectories log(S/S0) = -(beta/gamma) * (R - R0)
            "np.allclose(np.log(sol.y[0] / 0.99), -3.0 * sol.y[2], atol=1e-5)",
            "sol.y[1][int(peak_day)] == sol.y[1].max() and 0 < peak_day < 160",
        ],
        difficulty="basic",
        tags=["ode", "epidemiology", "initial-value-problem"],
    )
    yield ex(
        id="integrate.solve_bvp_poisson",
        task="""Solve the boundary value problem u'' = -pi**2 sin(pi x), u(0) = u(1) = 0 with `solve_bvp`
        (as a first-order system, starting from a zero guess on 11 nodes, tol=1e-6), storing the result
        in `res`; raise if it does not converge, and evaluate the solution on `x_fine` =
        linspace(0, 1, 101) into `u`.""",
        code="""
            import numpy as np
            from scipy import integrate


            def rhs(x, y):
                # y[0] = u, y[1] = u'
                return np.vstack([y[1], -np.pi**2 * np.sin(np.pi * x)])


            def boundary(ya, yb):
                return np.array([ya[0], yb[0]])


            x = np.linspace(0, 1, 11)
            res = integrate.solve_bvp(rhs, boundary, x, np.zeros((2, x.size)), tol=1e-6)
            if not res.success:
                raise RuntimeError(f"solve_bvp failed: {res.message}")
            x_fine = np.linspace(0, 1, 101)
            u = res.sol(x_fine)[0]
        """,
        domain=DOMAIN,
        libraries=INTEGRATE,
        checks=[
            "res.success and u.shape == x_fine.shape",
            "np.allclose(u, np.sin(np.pi * x_fine), atol=1e-4)",
        ],
        difficulty="intermediate",
        tags=["ode", "boundary-value-problem"],
    )
    yield ex(
        id="integrate.solve_bvp_eigenvalue",
        task="""Find the eigenvalue k of y'' + k**2 y = 0 with y(0) = y(1) = 0, normalised by y'(0) = k,
        using `solve_bvp` with the unknown parameter `p=[6]` as the starting guess and an initial
        profile with one sign change; store the result in `res` and the converged eigenvalue in `k`.""",
        code="""
            import numpy as np
            from scipy import integrate


            def rhs(x, y, p):
                return np.vstack([y[1], -p[0] ** 2 * y[0]])


            def boundary(ya, yb, p):
                # one extra condition pins down the extra unknown p
                return np.array([ya[0], yb[0], ya[1] - p[0]])


            x = np.linspace(0, 1, 5)
            guess = np.zeros((2, x.size))
            guess[0, 1], guess[0, 3] = 1.0, -1.0
            res = integrate.solve_bvp(rhs, boundary, x, guess, p=[6.0])
            k = res.p[0]
        """,
        domain=DOMAIN,
        libraries=INTEGRATE,
        checks=[
            "res.success",
            "np.isclose(k, 2 * np.pi, rtol=1e-4)",
        ],
        difficulty="advanced",
        tags=["ode", "boundary-value-problem", "eigenvalue"],
    )
    yield ex(
        id="integrate.qmc_quad_hypercube",
        task="""Estimate the integral of prod(x_i**2) over the 4-dimensional unit cube with quasi-Monte
        Carlo (`qmc_quad`) using a seeded scrambled Halton engine, 8 randomisations of 1024 points;
        store the result in `result` (it has `.integral` and `.standard_error`).""",
        code="""
            import numpy as np
            from scipy import integrate, stats

            dim = 4
            engine = stats.qmc.Halton(d=dim, seed=12)
            # the integrand receives points as columns: shape (dim, n_points)
            result = integrate.qmc_quad(
                lambda x: np.prod(x**2, axis=0), np.zeros(dim), np.ones(dim),
                n_estimates=8, n_points=1024, qrng=engine,
            )
        """,
        domain=DOMAIN,
        libraries=["scipy.integrate", "scipy.stats", "numpy"],
        checks=[
            "abs(result.integral - (1 / 3) ** 4) < 1e-3",
            "0 < result.standard_error < 1e-3",
        ],
        difficulty="intermediate",
        tags=["quadrature", "monte-carlo", "multiple-integral"],
    )
    yield ex(
        id="integrate.solve_ivp_heat_method_of_lines",
        task="""Solve the 1-D heat equation u_t = alpha u_xx (alpha = 0.01) on (0, 1) with u = 0 at both
        ends and u(x, 0) = sin(pi x) by the method of lines: a 50-node central-difference Laplacian
        integrated to t = 10 with `solve_ivp(method="BDF")`, giving the tridiagonal sparsity pattern
        through `jac_sparsity`; store the solver result in `sol`, the interior nodes in `x` and the
        final profile in `u_final`.""",
        code="""
            import numpy as np
            from scipy import integrate

            alpha, n, t_end = 0.01, 50, 10.0
            dx = 1.0 / (n + 1)
            x = np.linspace(dx, 1 - dx, n)


            def heat(t, u):
                padded = np.concatenate(([0.0], u, [0.0]))  # Dirichlet boundaries
                return alpha * (padded[2:] - 2 * u + padded[:-2]) / dx**2


            # each node couples only to its neighbours: a finite-difference Jacobian needs few evaluations
            sparsity = np.eye(n, k=-1) + np.eye(n) + np.eye(n, k=1)
            sol = integrate.solve_ivp(heat, (0, t_end), np.sin(np.pi * x), method="BDF", jac_sparsity=sparsity)
            u_final = sol.y[:, -1]
        """,
        domain=DOMAIN,
        libraries=INTEGRATE,
        checks=[
            "sol.success and u_final.shape == x.shape",
            "np.allclose(u_final, np.exp(-0.01 * np.pi**2 * 10) * np.sin(np.pi * x), atol=2e-3)",
        ],
        difficulty="advanced",
        tags=["ode", "pde", "stiff", "method-of-lines"],
    )


def minimize_root_fit_examples() -> Iterator[Example]:
    """Local minimization, root finding, least squares and curve fitting."""
    rosen_methods = {
        "nelder_mead": ('method="Nelder-Mead"', "derivative-free simplex search", 1e-3),
        "powell": ('method="Powell"', "derivative-free conjugate-direction search", 1e-4),
        "bfgs": ('method="BFGS", jac=optimize.rosen_der', "quasi-Newton with the analytic gradient", 1e-5),
        "newton_cg": (
            'method="Newton-CG", jac=optimize.rosen_der, hess=optimize.rosen_hess',
            "Newton-CG with the analytic gradient and Hessian",
            1e-4,
        ),
    }
    for name, (call, label, tol) in rosen_methods.items():
        yield ex(
            id=f"optimize.minimize_rosenbrock.{name}",
            family="optimize.minimize_rosenbrock",
            task=f"""Minimise the 2-D Rosenbrock function `optimize.rosen` from x0 = (-1.2, 1) with
            `minimize({call})` ({label}); store the OptimizeResult in `res` and its function
            evaluation count in `n_evals`.""",
            code=f"""
                import numpy as np
                from scipy import optimize

                x0 = np.array([-1.2, 1.0])
                res = optimize.minimize(optimize.rosen, x0, {call})
                n_evals = res.nfev
            """,
            domain=DOMAIN,
            libraries=OPTIMIZE,
            checks=[
                "res.success",
                f"np.allclose(res.x, [1.0, 1.0], atol={tol})",
                "n_evals == res.nfev and n_evals > 0",
            ],
            difficulty="basic",
            tags=["minimization", "rosenbrock", "parameter-tuning"],
        )
    yield ex(
        id="optimize.minimize_lbfgsb_bounds",
        task="""Fit weights `w` constrained to [0, 1] that minimise ||A w - b||**2 for a seeded random
        30 x 5 matrix `A` and targets `b`, using `minimize(method="L-BFGS-B")` with a `Bounds` object and
        an objective that returns the value and gradient together (`jac=True`); store the result in
        `res` and the weights in `w`.""",
        code="""
            import numpy as np
            from scipy import optimize

            rng = np.random.default_rng(0)
            A = rng.normal(size=(30, 5))
            b = A @ np.array([0.5, -0.3, 1.4, 0.2, 0.8]) + rng.normal(scale=0.1, size=30)


            def objective(w):
                r = A @ w - b
                return r @ r, 2 * A.T @ r  # value and gradient in one pass


            bounds = optimize.Bounds(np.zeros(5), np.ones(5))
            res = optimize.minimize(objective, np.full(5, 0.5), jac=True, method="L-BFGS-B", bounds=bounds)
            w = res.x
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        checks=[
            "res.success and np.all((w >= 0) & (w <= 1))",
            # optimality with bounds: a projected gradient step leaves w where it is
            "np.allclose(np.clip(w - 2 * A.T @ (A @ w - b), 0, 1), w, atol=1e-4)",
            "np.isclose(w[1], 0, atol=1e-6) and np.isclose(w[2], 1, atol=1e-6)",
        ],
        difficulty="intermediate",
        tags=["minimization", "bounds", "least-squares"],
    )
    yield ex(
        id="optimize.minimize_slsqp_portfolio",
        task="""Treat the columns of `returns` as the per-period returns of assets and find long-only
        portfolio weights `w` with minimum variance (sample covariance `cov`) whose expected return
        (column means `mu`) is at least the average of the assets' mean returns, using
        `minimize(method="SLSQP")` with an equality constraint (weights sum to 1) and an inequality
        constraint (return target) as constraint dicts, plus bounds [0, 1]. SLSQP's tolerances are
        absolute, so compute `cov` and `mu` from the returns divided by their largest magnitude (the
        optimal weights do not change) and tighten `ftol`. Store the result in `res`.""",
        code="""
            import numpy as np
            from scipy import optimize

            # SLSQP's tolerances are absolute: measure returns in units of the largest |return| (the
            # optimal weights do not change), and stop only when the variance changes by less than
            # 1e-10 of that unit squared, not the default 1e-6 (coarse when the optimum's variance is small)
            scaled = returns / np.abs(returns).max()
            cov = np.cov(scaled, rowvar=False)
            mu = scaled.mean(axis=0)
            target = mu.mean()
            n_assets = mu.size
            constraints = [
                {"type": "eq", "fun": lambda w: w.sum() - 1.0},
                {"type": "ineq", "fun": lambda w: w @ mu - target},  # "ineq" means fun(w) >= 0
            ]
            res = optimize.minimize(
                lambda w: w @ cov @ w, np.full(n_assets, 1 / n_assets), jac=lambda w: 2 * cov @ w,
                method="SLSQP", constraints=constraints, bounds=[(0, 1)] * n_assets, options={"ftol": 1e-10},
            )
            if not res.success:
                raise RuntimeError(f"SLSQP failed: {res.message}")
            w = res.x
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        inputs={"returns": "matrix"},
        checks=[
            "w.shape == (returns.shape[1],) and np.isclose(w.sum(), 1) and np.all(w >= -1e-10)",
            "w @ returns.mean(axis=0) >= returns.mean(axis=0).mean() - 1e-8 * np.abs(returns).max()",
            # optimal at first order: moving towards equal weights or towards any single asset that meets
            # the target does not lower the variance, (cov @ w)[i] >= w @ cov @ w, so by convexity neither
            # is less risky (up to SLSQP's tolerance, in units of the largest |return| squared)
            "np.min((np.cov(returns, rowvar=False) @ w)[returns.mean(axis=0) >= min(returns.mean(axis=0).mean(), returns.mean(axis=0).max())], "
            "initial=np.mean(np.cov(returns, rowvar=False) @ w)) >= w @ np.cov(returns, rowvar=False) @ w - 1e-5 * np.abs(returns).max() ** 2",
        ],
        difficulty="intermediate",
        tags=["minimization", "constrained", "finance"],
        edge_cases={
            "min_size": 2,
            "constant": False,
            "why": "a covariance needs two or more periods, and with every return equal there is no risk to minimise",
        },
    )
    yield ex(
        id="optimize.minimize_trust_constr",
        task="""Find the point of the unit disk (x**2 + y**2 <= 1, a `NonlinearConstraint` with its
        Jacobian) that also satisfies x - y >= 0.2 (a `LinearConstraint`) and lies in the box [0, 1]^2
        (`Bounds`) closest to (2, 2), using `minimize(method="trust-constr")` with the objective's
        gradient and Hessian; store the result in `res` and the point in `point`.""",
        code="""
            import numpy as np
            from scipy import optimize

            target = np.array([2.0, 2.0])
            disk = optimize.NonlinearConstraint(
                lambda p: p @ p, -np.inf, 1.0, jac=lambda p: 2 * p.reshape(1, -1)
            )
            gap = optimize.LinearConstraint([[1.0, -1.0]], lb=0.2, ub=np.inf)
            box = optimize.Bounds([0.0, 0.0], [1.0, 1.0])
            res = optimize.minimize(
                lambda p: np.sum((p - target) ** 2), x0=[0.5, 0.0],
                jac=lambda p: 2 * (p - target), hess=lambda p: 2 * np.eye(2),
                method="trust-constr", constraints=[disk, gap], bounds=box,
                options={"gtol": 1e-10, "xtol": 1e-12},
            )
            point = res.x
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        checks=[
            "res.success and res.constr_violation < 1e-8",
            "point @ point <= 1 + 1e-6 and point[0] - point[1] >= 0.2 - 1e-6",
            "np.allclose(point, [0.8, 0.6], atol=1e-5)",
        ],
        difficulty="advanced",
        tags=["minimization", "constrained", "trust-region"],
    )
    yield ex(
        id="optimize.minimize_scalar_bounded_wien",
        task="""Find the wavelength `peak_um` (micrometres) at which the Planck spectrum of a T = 5778 K
        black body peaks, by minimising the negative spectral radiance (up to constants,
        -lambda**-5 / (exp(14387.77 / (lambda T)) - 1)) with `minimize_scalar(method="bounded")` on
        [0.1, 3] um; store the result in `res`.""",
        code="""
            import numpy as np
            from scipy import optimize

            temperature = 5778.0
            c2 = 14387.77  # second radiation constant hc/k in um*K


            def negative_radiance(wavelength):
                return -(wavelength**-5) / np.expm1(c2 / (wavelength * temperature))


            res = optimize.minimize_scalar(negative_radiance, bounds=(0.1, 3.0), method="bounded",
                                           options={"xatol": 1e-9})
            peak_um = res.x
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        checks=[
            "res.success",
            # Wien's displacement law: lambda_max * T = 2897.77 um*K
            "np.isclose(peak_um * 5778.0, 2897.77, rtol=1e-5)",
        ],
        difficulty="basic",
        tags=["minimization", "scalar", "physics"],
    )
    yield ex(
        id="optimize.root_scalar_brentq_colebrook",
        task="""Solve the Colebrook equation 1/sqrt(f) = -2 log10(eps/3.7 + 2.51/(Re sqrt(f))) for the
        Darcy friction factor `f` of a pipe with Reynolds number Re = 1e5 and relative roughness
        eps = 1e-4, using `root_scalar(method="brentq")` on the bracket [1e-3, 0.1]; store the result in
        `sol` and the friction factor in `friction`.""",
        code="""
            import numpy as np
            from scipy import optimize

            reynolds, roughness = 1e5, 1e-4


            def colebrook(f):
                return 1 / np.sqrt(f) + 2 * np.log10(roughness / 3.7 + 2.51 / (reynolds * np.sqrt(f)))


            sol = optimize.root_scalar(colebrook, bracket=[1e-3, 0.1], method="brentq")
            friction = sol.root
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        checks=[
            "sol.converged and 1e-3 < friction < 0.1",
            "abs(1 / np.sqrt(friction) + 2 * np.log10(1e-4 / 3.7 + 2.51 / (1e5 * np.sqrt(friction)))) < 1e-9",
        ],
        difficulty="basic",
        tags=["root-finding", "bracketing", "engineering"],
    )
    yield ex(
        id="optimize.root_scalar_newton_kepler",
        task="""Solve Kepler's equation E - e sin(E) = M for the eccentric anomaly `E` with eccentricity
        e = 0.6 and mean anomaly M = 1.2 using Newton's method (`root_scalar(method="newton")` with the
        analytic derivative `fprime` and x0 = M); store the result in `sol`.""",
        code="""
            import numpy as np
            from scipy import optimize

            ecc, mean_anomaly = 0.6, 1.2
            sol = optimize.root_scalar(
                lambda E: E - ecc * np.sin(E) - mean_anomaly,
                fprime=lambda E: 1 - ecc * np.cos(E),
                x0=mean_anomaly,
                method="newton",
            )
            E = sol.root
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        checks=[
            "sol.converged and sol.iterations < 10",
            "abs(E - 0.6 * np.sin(E) - 1.2) < 1e-12",
        ],
        difficulty="basic",
        tags=["root-finding", "newton", "astronomy"],
    )
    yield ex(
        id="optimize.brentq_bracket_search",
        task="""Find the real root of `f`(x) = x**3 - 2x - 5 with `brentq`. The first guessed bracket
        [3, 5] has no sign change, so catch the `ValueError` (store its message in `bracket_error`),
        then scan a grid on [-10, 10] for the first sign change, store that interval in `bracket` and
        solve on it; store the root in `root`.""",
        code="""
            import numpy as np
            from scipy import optimize


            def f(x):
                return x**3 - 2 * x - 5


            bracket_error = None
            try:
                root = optimize.brentq(f, 3, 5)
            except ValueError as exc:  # f(3) and f(5) have the same sign
                bracket_error = str(exc)
                grid = np.linspace(-10, 10, 201)
                values = f(grid)
                i = np.flatnonzero(np.sign(values[:-1]) != np.sign(values[1:]))[0]
                bracket = (grid[i], grid[i + 1])
                root = optimize.brentq(f, *bracket)
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        checks=[
            "isinstance(bracket_error, str) and len(bracket_error) > 0",
            "bracket[0] <= root <= bracket[1] and f(bracket[0]) * f(bracket[1]) <= 0",
            "abs(root**3 - 2 * root - 5) < 1e-10",
        ],
        difficulty="basic",
        tags=["root-finding", "bracketing", "error-handling"],
    )
    yield ex(
        id="optimize.newton_vectorized_lambert",
        task="""Solve w * exp(w) = z (the Lambert W function) for 100 values `z` = linspace(0.1, 50, 100)
        at once by passing an array starting guess to `optimize.newton` with the derivative `fprime`;
        store the solutions in `w`.""",
        code="""
            import numpy as np
            from scipy import optimize

            z = np.linspace(0.1, 50, 100)
            # an array x0 makes newton iterate all equations together, element-wise
            w = optimize.newton(
                lambda w: w * np.exp(w) - z,
                x0=np.log1p(z),
                fprime=lambda w: np.exp(w) * (w + 1),
            )
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        checks=[
            "w.shape == z.shape",
            "np.allclose(w * np.exp(w), z, rtol=1e-10)",
            "np.all(np.diff(w) > 0)",
        ],
        difficulty="intermediate",
        tags=["root-finding", "newton", "vectorized"],
    )
    yield ex(
        id="optimize.fsolve_multistart",
        task="""Find every intersection of the circle x**2 + y**2 = 4 with the curve y = exp(x) - 1 by
        running `fsolve(..., full_output=True)` from the starting points (1, 1), (-2, -1) and (0, -3),
        discarding runs whose flag `ier` is not 1 and duplicates; store the distinct solutions as an
        array `roots` with one row per intersection.""",
        code="""
            import numpy as np
            from scipy import optimize


            def equations(v):
                x, y = v
                return [x**2 + y**2 - 4, y - np.exp(x) + 1]


            found = []
            for start in [(1.0, 1.0), (-2.0, -1.0), (0.0, -3.0)]:
                solution, info, ier, message = optimize.fsolve(equations, start, full_output=True)
                if ier != 1:  # not converged: skip this start rather than trust the point
                    continue
                if not any(np.allclose(solution, other, atol=1e-8) for other in found):
                    found.append(solution)
            roots = np.array(found)
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        checks=[
            "roots.shape == (2, 2)",
            "np.allclose(roots[:, 0]**2 + roots[:, 1]**2, 4, atol=1e-8)",
            "np.allclose(roots[:, 1], np.exp(roots[:, 0]) - 1, atol=1e-8)",
        ],
        difficulty="intermediate",
        tags=["root-finding", "nonlinear-system", "error-handling"],
    )
    yield ex(
        id="optimize.root_hybr_with_jacobian",
        task="""Solve the nonlinear system x + 0.5 (x - y)**3 = 1, 0.5 (y - x)**3 + y = 0 with
        `optimize.root(method="hybr")`, where the function returns both the residuals and the Jacobian
        (`jac=True`); store the result in `res`.""",
        code="""
            import numpy as np
            from scipy import optimize


            def system(v):
                x, y = v
                residuals = np.array([x + 0.5 * (x - y) ** 3 - 1.0, 0.5 * (y - x) ** 3 + y])
                d = 1.5 * (x - y) ** 2
                jacobian = np.array([[1 + d, -d], [-d, 1 + d]])
                return residuals, jacobian


            res = optimize.root(system, x0=[0.0, 0.0], jac=True, method="hybr")
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        checks=[
            "res.success",
            "np.allclose([res.x[0] + 0.5 * (res.x[0] - res.x[1])**3 - 1, 0.5 * (res.x[1] - res.x[0])**3 + res.x[1]], 0, atol=1e-10)",
        ],
        difficulty="intermediate",
        tags=["root-finding", "nonlinear-system", "jacobian"],
    )
    yield ex(
        id="optimize.root_krylov_bratu",
        task="""Solve the Bratu boundary value problem u'' + exp(u) = 0, u(0) = u(1) = 0 by finite
        differences on 99 interior nodes `x`, finding the zero of the discretised residual with the
        Jacobian-free `optimize.root(method="krylov")` from u = 0; store the result in `res` and the
        solution in `u`.""",
        code="""
            import numpy as np
            from scipy import optimize

            n = 99
            h = 1.0 / (n + 1)
            x = np.linspace(h, 1 - h, n)


            def residual(u):
                padded = np.concatenate(([0.0], u, [0.0]))
                return (padded[2:] - 2 * u + padded[:-2]) / h**2 + np.exp(u)


            # Newton-Krylov never forms the Jacobian, which suits large discretised systems
            res = optimize.root(residual, np.zeros(n), method="krylov", options={"fatol": 1e-9})
            u = res.x
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        checks=[
            "res.success and u.shape == x.shape",
            "np.max(np.abs(np.diff(np.concatenate(([0.0], u, [0.0])), 2) / (x[1] - x[0])**2 + np.exp(u))) < 1e-6",
            "np.allclose(u, u[::-1], atol=1e-6) and np.isclose(u.max(), 0.1405, atol=2e-3)",
        ],
        difficulty="advanced",
        tags=["root-finding", "nonlinear-system", "boundary-value-problem"],
    )
    yield ex(
        id="optimize.least_squares_soft_l1_outliers",
        task="""Corrupt a copy of the line data `y` with upward spikes of 10 standard deviations in 10% of
        the points (seeded), giving
        `y_out`, then fit y = m x + c to (`x`, `y_out`) with `least_squares` twice: ordinary
        (`plain`) and robust with `loss="soft_l1"` (`robust`, f_scale about a tenth of the data spread).
        The true (m, c) are `params`.""",
        code="""
            import numpy as np
            from scipy import optimize

            rng = np.random.default_rng(7)
            y_out = y.copy()
            bad = rng.choice(y.size, size=max(1, y.size // 10), replace=False)
            y_out[bad] += 10 * np.std(y)  # one-sided spikes bias an ordinary fit


            def residuals(p):
                return p[0] * x + p[1] - y_out


            plain = optimize.least_squares(residuals, x0=[1.0, 0.0])
            # residuals much larger than f_scale are down-weighted roughly like an L1 loss
            robust = optimize.least_squares(residuals, x0=[1.0, 0.0], loss="soft_l1", f_scale=0.1 * np.std(y))
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        inputs={"x": "line.x", "y": "line.y", "params": "line.params"},
        checks=[
            "robust.success and plain.success and np.sum(y_out != y) >= 1",
            # judge both fits by how far their lines are from the true line over the data range
            "np.linalg.norm(robust.x[0] * x + robust.x[1] - (params[0] * x + params[1])) < 0.5 * np.linalg.norm(plain.x[0] * x + plain.x[1] - (params[0] * x + params[1]))",
            "np.sqrt(np.mean((robust.x[0] * x + robust.x[1] - (params[0] * x + params[1]))**2)) < np.std(y)",
        ],
        difficulty="intermediate",
        tags=["least-squares", "robust", "outliers", "curve"],
        edge_cases=True,
    )
    yield ex(
        id="optimize.least_squares_jacobian_uncertainty",
        task="""Fit y = A exp(-k x) + c to the decay data (`x`, `y`) with `least_squares`, supplying the
        analytic Jacobian and bounds A, k >= 0; estimate the parameter covariance `cov` from the
        returned Jacobian (s**2 (J^T J)^-1 with s**2 = residual sum of squares / dof) and the standard
        errors `stderr`; store the solver result in `res`. The true (A, k, c) are `params`.""",
        code="""
            import numpy as np
            from scipy import optimize


            def residuals(p):
                return p[0] * np.exp(-p[1] * x) + p[2] - y


            def jacobian(p):
                e = np.exp(-p[1] * x)
                return np.column_stack([e, -p[0] * x * e, np.ones_like(x)])


            p0 = [y[0] - y[-1], 3.0 / np.ptp(x), y[-1]]
            res = optimize.least_squares(residuals, p0, jac=jacobian, bounds=([0, 0, -np.inf], np.inf))
            dof = x.size - res.x.size
            s2 = 2 * res.cost / dof  # res.cost is half the residual sum of squares
            cov = s2 * np.linalg.inv(res.jac.T @ res.jac)
            stderr = np.sqrt(np.diag(cov))
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        inputs={"x": "decay.x", "y": "decay.y", "params": "decay.params"},
        checks=[
            # noise-free data fit exactly: the standard errors are then zero
            "res.success and cov.shape == (3, 3) and np.all(stderr >= 0)",
            # the standard errors of the task's formula: residual variance with n - 3 degrees of freedom, and
            # res.cost is half the residual sum of squares
            "np.allclose(stderr, np.sqrt(2 * res.cost / (x.size - 3) * np.diag(np.linalg.inv(res.jac.T @ res.jac))), rtol=1e-6)",
            # a least-squares optimum fits the data at least as well as the true parameters do (up to rounding:
            # on noise-free edge-case data both misfits are about zero, the truth's exactly 0.0)
            "2 * res.cost <= np.sum((params[0] * np.exp(-params[1] * x) + params[2] - y)**2) * (1 + 1e-6) + 1e-12 * np.sum(y**2)",
            # the truth lies within Student's t quantile for a 1e-6 false-alarm rate times the standard errors
            # (sqrt(dof (1e-6**(-2/dof) - 1)) bounds that quantile from above); on noise-free data, within the solver's tolerance
            "np.all(np.abs(res.x - params) <= math.sqrt((x.size - 3) * (1e-6 ** (-2 / (x.size - 3)) - 1)) * stderr + 1e-6 * np.abs(params))",
        ],
        difficulty="advanced",
        tags=["least-squares", "uncertainty", "curve"],
        edge_cases=True,
    )
    yield ex(
        id="optimize.curve_fit_exponential_decay",
        task="""Fit y = A exp(-k x) + c to the decay data (`x`, `y`) with `curve_fit`, using a starting
        guess `p0` derived from the data; store the fitted parameters in `popt`, the covariance in
        `pcov` and one-sigma uncertainties in `perr`. The true (A, k, c) are `params`.""",
        code="""
            import numpy as np
            from scipy import optimize


            def model(x, amplitude, rate, offset):
                return amplitude * np.exp(-rate * x) + offset


            p0 = [y[0] - y[-1], 3.0 / np.ptp(x), y[-1]]
            popt, pcov = optimize.curve_fit(model, x, y, p0=p0)
            perr = np.sqrt(np.diag(pcov))
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        inputs={"x": "decay.x", "y": "decay.y", "params": "decay.params"},
        checks=[
            "popt.shape == (3,) and pcov.shape == (3, 3)",
            "np.sum((popt[0] * np.exp(-popt[1] * x) + popt[2] - y)**2) <= np.sum((params[0] * np.exp(-params[1] * x) + params[2] - y)**2) * (1 + 1e-6) + 1e-12 * np.sum(y**2)",
            # the truth lies within Student's t quantile for a 1e-6 false-alarm rate times the standard errors
            # (sqrt(dof (1e-6**(-2/dof) - 1)) bounds that quantile from above); on noise-free data, within the solver's tolerance
            "np.allclose(perr, np.sqrt(np.diag(pcov))) and np.all(np.abs(popt - params) <= math.sqrt((x.size - 3) * (1e-6 ** (-2 / (x.size - 3)) - 1)) * perr + 1e-6 * np.abs(params))",
        ],
        difficulty="basic",
        tags=["curve-fitting", "curve"],
        edge_cases=True,
    )
    yield ex(
        id="optimize.curve_fit_peak_absolute_sigma",
        task="""Fit a Gaussian A exp(-(x - mu)**2 / (2 s**2)) to the peak data (`x`, `y`), whose points
        each have a known standard uncertainty `y_err` of 5% of mean |y|: pass it as `sigma` with
        `absolute_sigma=True` so `pcov` is not rescaled by the residuals, start from a data-driven
        `p0`, and store `popt`, `pcov` and the uncertainties `perr`. True (A, mu, s) are `params`.""",
        code="""
            import numpy as np
            from scipy import optimize


            def gaussian(x, amplitude, centre, width):
                return amplitude * np.exp(-((x - centre) ** 2) / (2 * width**2))


            y_err = np.full_like(y, 0.05 * np.mean(np.abs(y)))
            p0 = [y.max(), x[np.argmax(y)], np.ptp(x) / 10]
            popt, pcov = optimize.curve_fit(gaussian, x, y, p0=p0, sigma=y_err, absolute_sigma=True)
            perr = np.sqrt(np.diag(pcov))
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        inputs={"x": "peak.x", "y": "peak.y", "params": "peak.params"},
        checks=[
            "y_err.shape == y.shape",
            "np.sum((popt[0] * np.exp(-(x - popt[1])**2 / (2 * popt[2]**2)) - y)**2) <= np.sum((params[0] * np.exp(-(x - params[1])**2 / (2 * params[2]**2)) - y)**2) * (1 + 1e-6) + 1e-12 * np.sum(y**2)",
            "np.all(perr > 0) and np.all(np.abs(popt - params) < 10 * perr)",
        ],
        difficulty="intermediate",
        tags=["curve-fitting", "uncertainty", "curve"],
        edge_cases={
            "min_size": 17,
            "why": "fitting a Gaussian's centre and width needs samples across the peak: 17 or more over the range keep the spacing within the narrowest width the kind draws (range / 16)",
        },
    )
    yield ex(
        id="optimize.curve_fit_logistic_bounds",
        task="""Fit the logistic growth model K / (1 + exp(-r (x - x0))) to the growth data (`x`, `y`) with
        `curve_fit`, constraining K >= 0, r >= 0 and x0 within the observed x range through
        `bounds=`; store the fitted parameters in `popt` and their uncertainties in `perr`. The true
        (K, r, x0) are `params`.""",
        code="""
            import numpy as np
            from scipy import optimize


            def logistic(x, capacity, rate, midpoint):
                return capacity / (1 + np.exp(-rate * (x - midpoint)))


            lower = [0.0, 0.0, x.min()]
            upper = [np.inf, np.inf, x.max()]
            p0 = [y.max(), 1.0, np.median(x)]
            popt, pcov = optimize.curve_fit(logistic, x, y, p0=p0, bounds=(lower, upper))
            perr = np.sqrt(np.diag(pcov))
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        inputs={"x": "growth.x", "y": "growth.y", "params": "growth.params"},
        checks=[
            "np.all(popt >= [0, 0, x.min()]) and popt[2] <= x.max()",
            # a least-squares optimum fits at least as well as the truth (up to the solver's tolerance: on noise-free
            # data with the midpoint on its bound the truth's misfit is 0.0 and the solver's about 1e-11 of the data's)
            "np.sum((popt[0] / (1 + np.exp(-popt[1] * (x - popt[2]))) - y)**2) <= np.sum((params[0] / (1 + np.exp(-params[1] * (x - params[2]))) - y)**2) * (1 + 1e-6) + 1e-9 * np.sum(y**2)",
            # the truth lies within Student's t quantile for a 1e-6 false-alarm rate times the standard errors
            # (sqrt(dof (1e-6**(-2/dof) - 1)) bounds that quantile from above); on noise-free data, within the solver's
            # tolerance, which is about 1e-5 when the midpoint sits on its bound
            "np.all(perr >= 0) and np.all(np.abs(popt - params) <= math.sqrt((x.size - 3) * (1e-6 ** (-2 / (x.size - 3)) - 1)) * perr + 1e-4 * np.abs(params))",
        ],
        difficulty="intermediate",
        tags=["curve-fitting", "bounds", "curve"],
        edge_cases={
            "min_size": 13,
            "why": "a logistic fit needs samples on the rise: 13 or more over the range keep the spacing within 2 / rate for the steepest curve the kind draws (rate 2.4)",
        },
    )
    yield ex(
        id="optimize.curve_fit_missing_values",
        task="""Some readings of the growth data (`x`, `y`) are missing: copy `y` to `y_missing` and set about 10% of
        it (seeded random positions) to NaN, then fit the logistic model K / (1 + exp(-r (x - x0)))
        with `curve_fit(..., nan_policy="omit")` so the missing points are dropped instead of
        poisoning the fit, keeping K >= 0, r >= 0 and x0 within the observed x range through
        `bounds=` (the data may show only part of the S-curve); store the parameters in `popt`.
        The true (K, r, x0) are `params`.""",
        code="""
            import numpy as np
            from scipy import optimize


            def logistic(x, capacity, rate, midpoint):
                return capacity / (1 + np.exp(-rate * (x - midpoint)))


            rng = np.random.default_rng(11)
            y_missing = y.copy()
            y_missing[rng.choice(y.size, size=max(1, y.size // 10), replace=False)] = np.nan
            p0 = [np.nanmax(y_missing), 1.0, np.median(x)]
            # without bounds, data that show only the foot of the curve let the fit run off towards
            # an ever larger capacity and a midpoint far beyond the data
            bounds = ([0.0, 0.0, x.min()], [np.inf, np.inf, x.max()])
            popt, pcov = optimize.curve_fit(logistic, x, y_missing, p0=p0, bounds=bounds, nan_policy="omit")
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        inputs={"x": "growth.x", "y": "growth.y", "params": "growth.params"},
        checks=[
            "np.isnan(y_missing).sum() >= 1 and np.array_equal(np.isnan(y_missing), np.isnan(y_missing) & ~np.isnan(y))",
            "np.all(np.isfinite(popt))",
            "np.all(popt >= [0, 0, x.min()]) and popt[2] <= x.max()",
            # a least-squares optimum fits the observed points at least as well as the truth (up to the solver's tolerance)
            "np.nansum((popt[0] / (1 + np.exp(-popt[1] * (x - popt[2]))) - y_missing)**2) <= np.nansum((params[0] / (1 + np.exp(-params[1] * (x - params[2]))) - y_missing)**2) * (1 + 1e-6) + 1e-9 * np.nansum(y_missing**2)",
        ],
        difficulty="intermediate",
        tags=["curve-fitting", "missing-data", "error-handling", "curve"],
        edge_cases={
            "min_size": 13,
            "why": "a logistic fit needs samples on the rise: 13 or more over the range keep the spacing within 2 / rate for the steepest curve the kind draws (rate 2.4)",
        },
    )
    yield ex(
        id="optimize.curve_fit_line",
        task="""Fit a straight line y = m x + c to (`x`, `y`) with `curve_fit`; store the slope and
        intercept in `slope` and `intercept` and their standard errors in `perr`. The true (m, c) are
        `params`.""",
        code="""
            import numpy as np
            from scipy import optimize

            popt, pcov = optimize.curve_fit(lambda x, m, c: m * x + c, x, y)
            slope, intercept = popt
            perr = np.sqrt(np.diag(pcov))
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        inputs={"x": "line.x", "y": "line.y", "params": "line.params"},
        checks=[
            # the least-squares line, up to the solver's tolerance relative to the larger coefficient
            "np.allclose([slope, intercept], np.polyfit(x, y, 1), rtol=0, atol=1e-6 * np.abs(np.polyfit(x, y, 1)).max())",
            # the standard errors of ordinary least squares (residual variance with n - 2 degrees of freedom)
            "perr.shape == (2,) and np.allclose(perr, np.sqrt(np.diag(np.polyfit(x, y, 1, cov=True)[1])), rtol=1e-4, atol=1e-12 * np.abs(params).max())",
            # the truth lies within Student's t quantile for a 1e-6 false-alarm rate times the standard errors
            # (sqrt(dof (1e-6**(-2/dof) - 1)) bounds that quantile from above); on an exact line, within rounding
            "np.all(np.abs(np.array([slope, intercept]) - params) <= math.sqrt((x.size - 2) * (1e-6 ** (-2 / (x.size - 2)) - 1)) * perr + 1e-9 * np.abs(params))",
        ],
        difficulty="basic",
        tags=["curve-fitting", "linear", "curve"],
        edge_cases=True,
    )
    yield ex(
        id="optimize.curve_fit_failure_retry",
        task="""Fit a Gaussian to the peak data (`x`, `y`) with `curve_fit`. A first attempt from the poor
        guess (1, 0, 1) with a budget of `maxfev=5` function evaluations (one Levenberg-Marquardt
        step) raises `RuntimeError`: catch it, store its message in `first_error`, and retry from a
        data-driven guess with the default budget; store the fitted parameters in `popt`. The true
        (A, mu, s) are `params`.""",
        code="""
            import numpy as np
            from scipy import optimize


            def gaussian(x, amplitude, centre, width):
                return amplitude * np.exp(-((x - centre) ** 2) / (2 * width**2))


            first_error = None
            try:
                # 5 evaluations: the start, a finite-difference Jacobian (3) and one trial step
                popt, pcov = optimize.curve_fit(gaussian, x, y, p0=[1.0, 0.0, 1.0], maxfev=5)
            except RuntimeError as exc:  # "Optimal parameters not found: ... reached maxfev"
                first_error = str(exc)
                p0 = [y.max(), x[np.argmax(y)], np.ptp(x) / 10]
                popt, pcov = optimize.curve_fit(gaussian, x, y, p0=p0)
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        inputs={"x": "peak.x", "y": "peak.y", "params": "peak.params"},
        checks=[
            "isinstance(first_error, str) and len(first_error) > 0",
            "np.sum((popt[0] * np.exp(-(x - popt[1])**2 / (2 * popt[2]**2)) - y)**2) <= np.sum((params[0] * np.exp(-(x - params[1])**2 / (2 * params[2]**2)) - y)**2) * (1 + 1e-6) + 1e-12 * np.sum(y**2)",
        ],
        difficulty="intermediate",
        tags=["curve-fitting", "error-handling", "curve"],
        edge_cases={
            "min_size": 17,
            "why": "fitting a Gaussian's centre and width needs samples across the peak: 17 or more over the range keep the spacing within the narrowest width the kind draws (range / 16)",
        },
    )


def programming_and_global_examples() -> Iterator[Example]:
    """Linear and integer programming, assignment, global optimizers, gradients, constrained least squares."""
    yield ex(
        id="optimize.linprog_production_plan",
        task="""A workshop makes two products with profits 3 and 5 per unit; product 1 uses 1 h of plant A
        (4 h available), product 2 uses 2 h of plant B (12 h available), and both share plant C
        (3 h and 2 h per unit, 18 h available): constraint matrix `A_ub`, limits `b_ub`. Find the
        profit-maximising plan `plan` with `linprog(method="highs")` (minimise the negative profit;
        result in `res`), its profit `profit`, and the shadow prices of the three plant constraints
        `shadow_prices` from the dual marginals.""",
        code="""
            import numpy as np
            from scipy import optimize

            profit_per_unit = np.array([3.0, 5.0])
            A_ub = np.array([[1.0, 0.0], [0.0, 2.0], [3.0, 2.0]])
            b_ub = np.array([4.0, 12.0, 18.0])
            res = optimize.linprog(-profit_per_unit, A_ub=A_ub, b_ub=b_ub, bounds=(0, None), method="highs")
            plan = res.x
            profit = -res.fun
            # marginals are d(objective)/d(b_ub); flip the sign because we minimised -profit
            shadow_prices = -res.ineqlin.marginals
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        checks=[
            "res.status == 0 and np.all(A_ub @ plan <= b_ub + 1e-9) and np.all(plan >= -1e-12)",
            "np.isclose(profit, 36.0) and np.allclose(plan, [2.0, 6.0])",
            # strong duality: the resources valued at their shadow prices are worth the optimal profit
            "np.isclose(shadow_prices @ b_ub, profit) and np.all(shadow_prices >= -1e-12)",
        ],
        difficulty="basic",
        tags=["linear-programming", "operations-research"],
    )
    yield ex(
        id="optimize.linprog_transportation",
        task="""Ship goods from 2 depots (supplies 20 and 30) to 3 customers (demands 10, 25 and 15) at
        unit costs [[8, 6, 10], [9, 12, 13]] at least total cost: a `linprog(method="highs")` problem with
        supply limits as `A_ub` and demands met exactly as `A_eq`; store the result in `res` and the
        2 x 3 shipment matrix in `shipments`.""",
        code="""
            import numpy as np
            from scipy import optimize

            cost = np.array([[8.0, 6.0, 10.0], [9.0, 12.0, 13.0]])
            supply = np.array([20.0, 30.0])
            demand = np.array([10.0, 25.0, 15.0])
            n_depots, n_customers = cost.shape
            # decision variables are the flattened (depot, customer) shipments, row by row
            A_supply = np.kron(np.eye(n_depots), np.ones(n_customers))
            A_demand = np.kron(np.ones(n_depots), np.eye(n_customers))
            res = optimize.linprog(cost.ravel(), A_ub=A_supply, b_ub=supply, A_eq=A_demand, b_eq=demand,
                                   bounds=(0, None), method="highs")
            shipments = res.x.reshape(n_depots, n_customers)
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        checks=[
            "res.success and shipments.shape == (2, 3) and np.all(shipments >= -1e-9)",
            "np.allclose(shipments.sum(axis=0), [10, 25, 15]) and np.all(shipments.sum(axis=1) <= np.array([20, 30]) + 1e-9)",
            "np.isclose((shipments * np.array([[8, 6, 10], [9, 12, 13]])).sum(), 465.0)",
        ],
        difficulty="intermediate",
        tags=["linear-programming", "operations-research", "transportation"],
    )
    yield ex(
        id="optimize.linprog_infeasible_elastic",
        task="""Plan production x, y (each at most 1 unit, costs 2 and 3) that must cover a demand of
        x + y >= 3. Solve with `linprog(method="highs")`, check `res.status` (2 means infeasible),
        store the first status in `first_status`, and if infeasible re-solve an elastic version with a
        shortfall variable penalised at 100 per unit; store the final plan in `plan` and the unmet
        demand in `shortfall`.""",
        code="""
            import numpy as np
            from scipy import optimize

            cost = np.array([2.0, 3.0])
            A_ub = -np.array([[1.0, 1.0]])  # x + y >= 3 written as -(x + y) <= -3
            b_ub = np.array([-3.0])
            res = optimize.linprog(cost, A_ub=A_ub, b_ub=b_ub, bounds=[(0, 1), (0, 1)], method="highs")
            first_status = res.status
            shortfall = 0.0
            plan = res.x
            if res.status == 2:
                # elastic model: a penalised shortfall s >= 0 turns the hard demand into a soft one
                res = optimize.linprog(
                    np.append(cost, 100.0), A_ub=np.hstack([A_ub, -np.ones((1, 1))]), b_ub=b_ub,
                    bounds=[(0, 1), (0, 1), (0, None)], method="highs",
                )
                plan, shortfall = res.x[:2], res.x[2]
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        checks=[
            "first_status == 2",
            "res.success and np.allclose(plan, [1.0, 1.0])",
            "np.isclose(shortfall, 1.0)",
        ],
        difficulty="advanced",
        tags=["linear-programming", "error-handling", "infeasible"],
    )
    yield ex(
        id="optimize.milp_knapsack",
        task="""Solve a 0/1 knapsack with `milp`: 10 items with seeded random `values` (10-60) and
        `weights` (1-20) and a `capacity` of half the total weight, maximising total value subject to
        a `LinearConstraint` on weight, with `integrality` set for every item and `Bounds(0, 1)`;
        store the chosen-item indicator array (0/1 integers) in `chosen`.""",
        code="""
            import numpy as np
            from scipy import optimize

            rng = np.random.default_rng(42)
            values = rng.integers(10, 61, size=10)
            weights = rng.integers(1, 21, size=10)
            capacity = weights.sum() // 2
            res = optimize.milp(
                c=-values,  # milp minimises
                constraints=optimize.LinearConstraint(weights, ub=capacity),
                integrality=np.ones_like(values),
                bounds=optimize.Bounds(0, 1),
            )
            if not res.success:
                raise RuntimeError(res.message)
            chosen = np.round(res.x).astype(int)
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        checks=[
            "set(np.unique(chosen)) <= {0, 1} and weights @ chosen <= capacity",
            # exhaustive search over all 2**10 subsets confirms optimality
            "values @ chosen == max(sum(int(values[i]) for i in range(10) if m >> i & 1) for m in range(1024) if sum(int(weights[i]) for i in range(10) if m >> i & 1) <= capacity)",
        ],
        difficulty="intermediate",
        tags=["integer-programming", "combinatorial", "operations-research"],
    )
    yield ex(
        id="optimize.linear_sum_assignment_tracking",
        task="""Match 8 particles detected in one frame (`before`, seeded random 2-D positions) to their
        positions in the next frame (`after`: the same particles shuffled by the permutation `truth`
        and moved slightly) by minimising the total squared displacement with
        `linear_sum_assignment` on the pairwise cost matrix `cost`; store the matched column indices
        in `match` (row i of `before` pairs with row match[i] of `after`).""",
        code="""
            import numpy as np
            from scipy import optimize

            rng = np.random.default_rng(5)
            before = rng.uniform(0, 10, size=(8, 2))
            truth = rng.permutation(8)
            after = np.empty_like(before)
            after[truth] = before + rng.normal(scale=0.05, size=before.shape)
            cost = ((before[:, None, :] - after[None, :, :]) ** 2).sum(axis=-1)
            rows, match = optimize.linear_sum_assignment(cost)
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        checks=[
            "np.array_equal(np.sort(match), np.arange(8))",
            "np.array_equal(match, truth)",
            "cost[np.arange(8), match].sum() <= min(cost[np.arange(8), np.roll(np.arange(8), k)].sum() for k in range(8))",
        ],
        difficulty="basic",
        tags=["assignment", "combinatorial", "tracking"],
    )
    yield ex(
        id="optimize.differential_evolution_rastrigin",
        task="""Find the global minimum of the 2-D Rastrigin function (many local minima, global minimum 0
        at the origin) on [-5.12, 5.12]^2 with `differential_evolution`, reproducibly (`seed=1`) and
        with a small iteration budget (`maxiter=200`), evaluating the whole population in one vectorised
        call (`vectorized=True`, `updating="deferred"`); store the result in `res`.""",
        code="""
            import numpy as np
            from scipy import optimize


            def rastrigin(x):
                # x has shape (n_dims, n_candidates) when vectorized=True
                return 10 * x.shape[0] + np.sum(x**2 - 10 * np.cos(2 * np.pi * x), axis=0)


            res = optimize.differential_evolution(
                rastrigin, bounds=[(-5.12, 5.12)] * 2, seed=1, maxiter=200,
                vectorized=True, updating="deferred",  # one call evaluates the whole population
            )
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        checks=[
            "res.fun < 1e-8",
            "np.allclose(res.x, 0, atol=1e-5)",
        ],
        difficulty="intermediate",
        tags=["global-optimization", "evolutionary"],
    )
    yield ex(
        id="optimize.dual_annealing_styblinski_tang",
        task="""Minimise the 3-D Styblinski-Tang function 0.5 * sum(x**4 - 16 x**2 + 5 x) on [-5, 5]^3 with
        `dual_annealing` (`seed=3`, `maxiter=100`); store the result in `res`.""",
        code="""
            import numpy as np
            from scipy import optimize


            def styblinski_tang(x):
                return 0.5 * np.sum(x**4 - 16 * x**2 + 5 * x)


            res = optimize.dual_annealing(styblinski_tang, bounds=[(-5, 5)] * 3, seed=3, maxiter=100)
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        checks=[
            "np.allclose(res.x, -2.903534, atol=1e-4)",
            "np.isclose(res.fun, -39.16617 * 3, rtol=1e-6)",
        ],
        difficulty="basic",
        tags=["global-optimization", "annealing"],
    )
    yield ex(
        id="optimize.basinhopping_wiggly",
        task="""Find the global minimum of f(x) = cos(14.5 x - 0.3) + (x + 0.2) x, which has many local
        minima, with `basinhopping` from x0 = 1: 25 hops (`niter=25`), `seed=2`, and BFGS as the
        local minimiser via `minimizer_kwargs`; store the result in `res`.""",
        code="""
            import numpy as np
            from scipy import optimize


            def wiggly(x):
                return np.cos(14.5 * x[0] - 0.3) + (x[0] + 0.2) * x[0]


            res = optimize.basinhopping(
                wiggly, x0=[1.0], niter=25, seed=2, minimizer_kwargs={"method": "BFGS"}
            )
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        checks=[
            "np.isclose(res.x[0], -0.195, atol=2e-3)",
            "res.fun <= np.min(np.cos(14.5 * np.linspace(-3, 3, 60001) - 0.3) + (np.linspace(-3, 3, 60001) + 0.2) * np.linspace(-3, 3, 60001)) + 1e-6",
        ],
        difficulty="advanced",
        tags=["global-optimization", "basin-hopping"],
    )
    yield ex(
        id="optimize.shgo_all_minima",
        task="""Locate all four minima of Himmelblau's function (x**2 + y - 11)**2 + (x + y**2 - 7)**2 on
        [-5, 5]^2 with `shgo` (Sobol sampling, n=64, iters=3); its result lists every local minimum it
        found in `res.xl` with values `res.funl`. Store the result in `res`.""",
        code="""
            from scipy import optimize


            def himmelblau(p):
                x, y = p
                return (x**2 + y - 11) ** 2 + (x + y**2 - 7) ** 2


            res = optimize.shgo(himmelblau, bounds=[(-5, 5), (-5, 5)], n=64, iters=3, sampling_method="sobol")
        """,
        domain=DOMAIN,
        libraries=["scipy.optimize"],
        checks=[
            "res.success and res.fun < 1e-10",
            "all(np.min(np.linalg.norm(res.xl - m, axis=1)) < 1e-4 for m in [(3.0, 2.0), (-2.805118, 3.131312), (-3.779310, -3.283186), (3.584428, -1.848126)])",
            "np.all(res.funl < 1e-8)",
        ],
        difficulty="advanced",
        tags=["global-optimization", "multimodal"],
    )
    yield ex(
        id="optimize.check_grad_logistic",
        task="""Write the negative log-likelihood of a logistic regression on the standardised features
        `X_std` (each column of `X` with zero mean and unit variance) and 0/1 labels `y` and its
        analytic gradient, then verify the gradient against finite differences at a seeded random
        weight vector with `check_grad`; store the discrepancy in `grad_error` and the gradient norm
        at that point in `grad_norm`.""",
        code="""
            import numpy as np
            from scipy import optimize

            # on features of order one a small random weight vector leaves the sigmoid unsaturated
            # (saturated, both gradients are zero and the check proves nothing) and the default
            # finite-difference step suits every weight
            X_std = (X - X.mean(axis=0)) / X.std(axis=0)


            def nll(w):
                z = X_std @ w
                # log(1 + exp(z)) - y z, written stably
                return np.sum(np.logaddexp(0, z) - y * z)


            def nll_grad(w):
                p = np.exp(-np.logaddexp(0, -(X_std @ w)))  # sigmoid without overflow
                return X_std.T @ (p - y)


            w0 = np.random.default_rng(0).normal(scale=0.1, size=X.shape[1])
            grad_norm = np.linalg.norm(nll_grad(w0))
            grad_error = optimize.check_grad(nll, nll_grad, w0)
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        inputs={"X": "clf.X", "y": "clf.y"},
        checks=[
            "X_std.shape == X.shape and np.allclose(X_std.mean(axis=0), 0, atol=1e-9) and np.allclose(X_std.std(axis=0), 1)",
            "grad_norm > 0",
            "grad_error < 1e-5 * max(1.0, grad_norm)",
        ],
        difficulty="intermediate",
        tags=["gradient-check", "classification"],
        edge_cases=True,
    )
    yield ex(
        id="optimize.mle_normal_standard_errors",
        task="""Estimate the mean and standard deviation of `values` by maximum likelihood: standardise the
        data by its median and standard deviation (so the optimiser and the finite differences work on
        numbers of order one), minimise the normal negative log-likelihood of the standardised data
        over (mu, log sigma) with `minimize(method="BFGS")` and its analytic gradient, compute the
        Hessian at the optimum by finite differences of the gradient (`approx_fprime`), and map back
        to the data's units: the estimates `mu_hat` and `sigma_hat`, and the standard errors `stderr`
        of (mu, log sigma) from the Hessian's inverse; store the optimiser result in `res`.""",
        code="""
            import numpy as np
            from scipy import optimize

            # in the data's own units the gradient and a fixed finite-difference step would scale
            # with the data (1e6 or 1e-6 apart): fit u = (values - centre) / spread instead
            centre, spread = np.median(values), np.std(values)
            u = (values - centre) / spread


            def nll(theta):
                mu, log_sigma = theta
                z = (u - mu) / np.exp(log_sigma)
                return np.sum(0.5 * z**2 + log_sigma)


            def nll_grad(theta):
                mu, log_sigma = theta
                z = (u - mu) / np.exp(log_sigma)
                return np.array([-np.sum(z) / np.exp(log_sigma), np.sum(1 - z**2)])


            # log sigma keeps the scale positive without bounds; start at the median with unit spread
            res = optimize.minimize(nll, [0.0, 0.0], jac=nll_grad, method="BFGS")
            mu_hat, sigma_hat = centre + spread * res.x[0], spread * np.exp(res.x[1])
            hessian = optimize.approx_fprime(res.x, nll_grad, 1e-6)
            # mu's standard error scales with the spread; log sigma only shifts by log(spread)
            stderr = np.sqrt(np.diag(np.linalg.inv(hessian))) * np.array([spread, 1.0])
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        inputs={"values": "values"},
        checks=[
            "res.success",
            "np.isclose(mu_hat, np.mean(values), atol=1e-4 * np.std(values))",
            "np.isclose(sigma_hat, np.std(values), rtol=1e-4)",
            # for the normal model: se(mu) = sigma / sqrt(n), se(log sigma) = 1 / sqrt(2 n)
            "np.allclose(stderr, [np.std(values) / np.sqrt(values.size), 1 / np.sqrt(2 * values.size)], rtol=1e-3)",
        ],
        difficulty="advanced",
        tags=["maximum-likelihood", "uncertainty", "statistics"],
        edge_cases={
            "min_size": 2,
            "constant": False,
            "why": "a normal likelihood has a maximum only for a positive spread: two or more values, not all equal",
        },
    )
    yield ex(
        id="optimize.nnls_spectral_unmixing",
        task="""Unmix a measured spectrum `mixture` (sampled at 100 wavelengths) into non-negative
        abundances of three Gaussian-shaped reference spectra (the columns of `endmembers`) with
        `optimize.nnls`; the mixture is 0.2, 0 and 0.7 of them plus seeded noise. Store the
        abundances in `abundances` and the residual norm in `rnorm`.""",
        code="""
            import numpy as np
            from scipy import optimize

            wavelengths = np.linspace(400, 700, 100)
            centres, width = np.array([450.0, 550.0, 620.0]), 30.0
            endmembers = np.exp(-((wavelengths[:, None] - centres) ** 2) / (2 * width**2))
            rng = np.random.default_rng(1)
            mixture = endmembers @ np.array([0.2, 0.0, 0.7]) + rng.normal(scale=0.01, size=wavelengths.size)
            abundances, rnorm = optimize.nnls(endmembers, mixture)
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        checks=[
            "abundances.shape == (3,) and np.all(abundances >= 0)",
            "np.allclose(abundances, [0.2, 0.0, 0.7], atol=0.02)",
            "np.isclose(rnorm, np.linalg.norm(endmembers @ abundances - mixture))",
        ],
        difficulty="basic",
        tags=["least-squares", "non-negative", "spectroscopy"],
    )
    yield ex(
        id="optimize.lsq_linear_bounded_coefficients",
        task="""Fit linear-model coefficients to features `X` and target `y` by least squares with every
        coefficient constrained to [-20, 20], using `lsq_linear(..., bounds=(-20, 20),
        method="bvls")`; store the result in `res` and the coefficients in `coef`.""",
        code="""
            from scipy import optimize

            res = optimize.lsq_linear(X, y, bounds=(-20, 20), method="bvls")
            coef = res.x
        """,
        domain=DOMAIN,
        libraries=["scipy.optimize"],
        inputs={"X": "reg.X", "y": "reg.y"},
        checks=[
            "res.success and coef.shape == (X.shape[1],)",
            "np.all(np.abs(coef) <= 20 + 1e-9)",
            # no feasible point does better, e.g. the clipped unconstrained solution
            "np.sum((X @ coef - y)**2) <= np.sum((X @ np.clip(np.linalg.lstsq(X, y, rcond=None)[0], -20, 20) - y)**2) + 1e-9",
        ],
        difficulty="intermediate",
        tags=["least-squares", "bounds", "regression"],
        edge_cases=True,
    )
    yield ex(
        id="optimize.minimize_callback_history",
        task="""Minimise Himmelblau's function from (0, 0) with `minimize(method="BFGS")`, recording the
        objective value after every iteration with a callback that takes the intermediate
        `OptimizeResult` (`intermediate_result.fun`); store the values in the list `history` and the
        final result in `res`.""",
        code="""
            import numpy as np
            from scipy import optimize


            def himmelblau(p):
                x, y = p
                return (x**2 + y - 11) ** 2 + (x + y**2 - 7) ** 2


            history = []


            def record(intermediate_result):
                history.append(float(intermediate_result.fun))


            res = optimize.minimize(himmelblau, x0=np.zeros(2), method="BFGS", callback=record)
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        checks=[
            "res.success and len(history) == res.nit",
            "np.all(np.diff(history) <= 1e-12) and np.isclose(history[-1], res.fun)",
            "res.fun < 1e-10",
        ],
        difficulty="intermediate",
        tags=["minimization", "monitoring", "callback"],
    )
    yield ex(
        id="optimize.minimize_restart_until_converged",
        task="""Minimise the 4-D Rosenbrock function from (-1, 1, -1, 1) with Nelder-Mead, deliberately
        capped at 200 iterations, so the first run stops early: store its `success` flag in
        `first_success` and its message in `first_message`, then restart from the last point (up to
        10 times, 2000 iterations each) until `res.success`; count restarts in `restarts`.""",
        code="""
            import numpy as np
            from scipy import optimize

            x0 = np.array([-1.0, 1.0, -1.0, 1.0])
            options = {"maxiter": 200, "xatol": 1e-8, "fatol": 1e-10}
            res = optimize.minimize(optimize.rosen, x0, method="Nelder-Mead", options=options)
            first_success, first_message = res.success, res.message
            restarts = 0
            while not res.success and restarts < 10:
                # a fresh simplex around the last point also helps Nelder-Mead escape stagnation
                res = optimize.minimize(optimize.rosen, res.x, method="Nelder-Mead", options={**options, "maxiter": 2000})
                restarts += 1
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        checks=[
            "not first_success and isinstance(first_message, str)",
            "res.success and 1 <= restarts <= 10",
            "np.allclose(res.x, 1.0, atol=1e-4)",
        ],
        difficulty="intermediate",
        tags=["minimization", "error-handling", "convergence"],
    )
    yield ex(
        id="optimize.root_scalar_method_comparison",
        task="""Solve cos(x) = x on the bracket [0, 1] with `root_scalar` using each bracketing method
        "bisect", "brentq", "ridder" and "toms748" at xtol=1e-12; store the roots in the dict `roots`
        and the iteration counts in the dict `iterations`, both keyed by method name.""",
        code="""
            import numpy as np
            from scipy import optimize

            roots, iterations = {}, {}
            for method in ["bisect", "brentq", "ridder", "toms748"]:
                sol = optimize.root_scalar(lambda x: np.cos(x) - x, bracket=[0, 1], method=method, xtol=1e-12)
                roots[method] = sol.root
                iterations[method] = sol.iterations
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        checks=[
            "set(roots) == {'bisect', 'brentq', 'ridder', 'toms748'} and set(iterations) == set(roots)",
            "all(abs(np.cos(r) - r) < 1e-10 for r in roots.values())",
            # bisection halves the bracket each step; the others converge superlinearly
            "iterations['bisect'] > 2 * max(iterations['brentq'], iterations['ridder'], iterations['toms748'])",
        ],
        difficulty="intermediate",
        tags=["root-finding", "bracketing", "parameter-tuning"],
    )
    yield ex(
        id="optimize.least_squares_ode_parameters",
        task="""Estimate the rate k, asymptote c and initial value y0 of the model y' = -k (y - c) from
        the decay data (`x`, `y`): for each trial parameter vector simulate the ODE with
        `scipy.integrate.solve_ivp` at the sample times and let `optimize.least_squares` (with
        bounds k >= 0) minimise the residuals; store the fitted (y0, k, c) in `fitted`. The data's
        true parameters are `params` = (A, k, c) with y0 = A exp(-k x[0]) + c. Store the solver result
        in `res`.""",
        code="""
            import numpy as np
            from scipy import integrate, optimize


            def simulate(theta):
                y0, k, c = theta
                sol = integrate.solve_ivp(lambda t, u: -k * (u - c), (x[0], x[-1]), [y0], t_eval=x, rtol=1e-8)
                return sol.y[0]


            start = [y[0], 1.0 / np.ptp(x), y[-1]]
            res = optimize.least_squares(
                lambda theta: simulate(theta) - y, start, bounds=([-np.inf, 0, -np.inf], np.inf)
            )
            fitted = res.x
        """,
        domain=DOMAIN,
        libraries=["scipy.optimize", "scipy.integrate", "numpy"],
        inputs={"x": "decay.x", "y": "decay.y", "params": "decay.params"},
        checks=[
            "res.success and fitted.shape == (3,) and fitted[1] >= 0",
            # the closed-form solution of the ODE is (y0 - c) exp(-k (x - x[0])) + c
            "np.sum(((fitted[0] - fitted[2]) * np.exp(-fitted[1] * (x - x[0])) + fitted[2] - y)**2) <= np.sum((params[0] * np.exp(-params[1] * x) + params[2] - y)**2) * (1 + 1e-5) + 1e-12 * np.sum(y**2)",
            "np.allclose(res.fun, ((fitted[0] - fitted[2]) * np.exp(-fitted[1] * (x - x[0])) + fitted[2]) - y, atol=1e-5 * np.std(y))",
        ],
        difficulty="advanced",
        tags=["least-squares", "ode", "parameter-estimation", "curve"],
        edge_cases=True,
    )
    yield ex(
        id="optimize.fixed_point_iteration",
        task="""Find the solution of x = cos(x) (the Dottie number) with `optimize.fixed_point`, using
        Steffensen's accelerated iteration (`method="del2"`) from x0 = 1; store it in `x_star`.""",
        code="""
            import numpy as np
            from scipy import optimize

            x_star = optimize.fixed_point(np.cos, 1.0, method="del2", xtol=1e-12)
        """,
        domain=DOMAIN,
        libraries=OPTIMIZE,
        checks=[
            "abs(np.cos(x_star) - x_star) < 1e-10",
            "0.7 < x_star < 0.75",
        ],
        difficulty="basic",
        tags=["fixed-point", "root-finding"],
    )
