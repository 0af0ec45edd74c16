"""sciexamples: an execution-verified corpus of scientific-Python examples and its pytest harness."""

__version__ = "0.1.0"
