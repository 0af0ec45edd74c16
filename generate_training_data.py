"""Build, verify and write the example corpus: `python generate_training_data.py --help`."""

from sciexamples.cli import generate

if __name__ == "__main__":
    raise SystemExit(generate())
