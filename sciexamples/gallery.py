"""A static HTML gallery of a dataset: task, highlighted code, the figure it drew, checks, outcomes.

    python -m sciexamples.gallery [--data data] [--out gallery] [--ledger .tox/ledger-latest.jsonl ...]

Opens without a server (`gallery/index.html`). Figures come from the same execute contract as the
gate; outcomes per environment come from the ledgers the tox environments write.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from .example import DatasetError, Example, load_examples, unmet_requirements
from .execute import preload, run_example
from .fixtures import default_registry

PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>sciexamples gallery</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 0; background: #f6f7f9; color: #1d232a; }}
header {{ position: sticky; top: 0; background: #fff; border-bottom: 1px solid #d9dde3; padding: 12px 20px; z-index: 1; }}
header h1 {{ font-size: 20px; margin: 0 0 8px; }}
header label {{ margin-right: 14px; font-size: 14px; }}
#count {{ font-weight: 600; margin-left: 8px; }}
main {{ display: grid; grid-template-columns: repeat(auto-fill, minmax(520px, 1fr)); gap: 16px; padding: 16px 20px; }}
article {{ background: #fff; border: 1px solid #d9dde3; border-radius: 8px; padding: 14px; overflow: hidden; }}
article h2 {{ font-size: 15px; margin: 0 0 6px; font-family: ui-monospace, monospace; }}
.meta span {{ display: inline-block; font-size: 12px; background: #eef1f5; border-radius: 4px; padding: 1px 6px; margin: 0 4px 4px 0; }}
.task {{ font-size: 14px; }}
.highlight {{ font-size: 12.5px; overflow-x: auto; border-radius: 6px; padding: 4px 8px; background: #f8f8f8; }}
img {{ max-width: 100%; border: 1px solid #eee; margin-top: 6px; }}
ul.checks {{ font-family: ui-monospace, monospace; font-size: 12px; padding-left: 18px; }}
.outcome {{ font-size: 12px; font-weight: 600; margin-right: 8px; }}
.passed {{ color: #137333; }} .failed, .error, .timeout, .crashed {{ color: #b3261e; }} .skipped {{ color: #7a6400; }}
{pygments_css}
</style>
</head>
<body>
<header>
<h1>sciexamples gallery</h1>
{filters}
<span id="count"></span>
</header>
<main>
{cards}
</main>
<script>
const filters = Array.from(document.querySelectorAll("header select"));
const cards = Array.from(document.querySelectorAll("article"));
function apply() {{
  const want = Object.fromEntries(filters.map(f => [f.name, f.value]));
  let shown = 0;
  for (const card of cards) {{
    const ok = filters.every(f => !want[f.name] || (" " + card.dataset[f.name] + " ").includes(" " + want[f.name] + " "));
    card.hidden = !ok;
    shown += ok;
  }}
  document.getElementById("count").textContent = shown + " of " + cards.length + " examples shown";
  document.body.dataset.shown = shown;
  const hash = filters.filter(f => f.value).map(f => f.name + "=" + encodeURIComponent(f.value)).join("&");
  if (("#" + hash) !== location.hash && (hash || location.hash)) history.replaceState(null, "", hash ? "#" + hash : location.pathname);
}}
for (const [key, value] of new URLSearchParams(location.hash.slice(1))) {{
  const select = filters.find(f => f.name === key);
  if (select) select.value = value;
}}
filters.forEach(f => f.addEventListener("change", apply));
apply();
const images = Array.from(document.images);
let settled = 0, broken = 0;
function settle(ok) {{
  settled += 1; broken += ok ? 0 : 1;
  if (settled === images.length) {{ document.body.dataset.imagesLoaded = images.length - broken; document.body.dataset.imagesBroken = broken; }}
}}
if (!images.length) {{ document.body.dataset.imagesLoaded = 0; document.body.dataset.imagesBroken = 0; }}
images.forEach(img => img.complete ? settle(img.naturalWidth > 0) : (img.onload = () => settle(true), img.onerror = () => settle(false)));
</script>
</body>
</html>
"""


def read_ledgers(paths: Iterable[Path]) -> dict[str, dict[str, str]]:
    """id -> {environment: outcome} from ledger JSON lines."""
    outcomes: dict[str, dict[str, str]] = defaultdict(dict)
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                outcomes[row["id"]][row.get("env", "default")] = row["outcome"]
    return outcomes


def _select(name: str, label: str, values: Iterable[str]) -> str:
    options = "".join(f'<option value="{html.escape(v)}">{html.escape(v)}</option>' for v in sorted(set(values)))
    return f'<label>{label} <select name="{name}"><option value="">all</option>{options}</select></label>'


def _card(example: Example, highlighted: str, images: Sequence[str], outcomes: dict[str, str]) -> str:
    attrs = {
        "domain": example.domain,
        "library": " ".join(example.libraries),
        "difficulty": example.difficulty,
        "tag": " ".join(example.tags),
    }
    data = " ".join(f'data-{k}="{html.escape(v)}"' for k, v in attrs.items())
    meta = "".join(f"<span>{html.escape(v)}</span>" for v in (example.domain, example.difficulty, *example.libraries, *example.tags))
    status = "".join(f'<span class="outcome {html.escape(o)}">{html.escape(env)}: {html.escape(o)}</span>' for env, o in sorted(outcomes.items()))
    figures = "".join(f'<img src="img/{html.escape(name)}" alt="figure drawn by {html.escape(example.id)}">' for name in images)
    checks = "".join(f"<li>{html.escape(c)}</li>" for c in example.checks)
    return (
        f'<article id="{html.escape(example.id)}" {data}>\n<h2>{html.escape(example.id)}</h2>\n<div class="meta">{meta}</div>\n'
        f'<div>{status}</div>\n<p class="task">{html.escape(example.task)}</p>\n{highlighted}\n{figures}\n'
        f"<details><summary>checks</summary><ul class=\"checks\">{checks}</ul></details>\n</article>"
    )


def build_gallery(examples: Sequence[Example], out: Path, ledgers: Sequence[Path] = (), progress: bool = True) -> Path:
    from pygments import highlight
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import PythonLexer
    from threadpoolctl import threadpool_limits
    from tqdm import tqdm

    out = out.resolve()
    images_dir = out / "img"
    registry = default_registry()
    recorded = read_ledgers(ledgers)
    formatter = HtmlFormatter(cssclass="highlight")
    cards = []
    preload()  # the libraries' thread pools must exist to be limited
    # one BLAS/OpenMP thread, as in the gate's xdist workers: the snippets are small, and OpenMP
    # threads on busy cores wait for each other (a KMeans example took 27 s instead of 0.7 s)
    with threadpool_limits(1):
        for example in tqdm(examples, desc="rendering gallery", unit="ex", disable=not progress):
            if unmet_requirements(example):  # made for other library versions than these, as the gate skips it
                images, status = [], "skipped"
            else:
                outcome = run_example(example, registry.build(example.inputs), figure_dir=images_dir)
                images, status = outcome.figure_files, outcome.status
            outcomes = recorded.get(example.id) or {"this run": status}
            cards.append(_card(example, highlight(example.code, PythonLexer(), formatter), images, outcomes))
    filters = "".join(
        [
            _select("domain", "domain", (e.domain for e in examples)),
            _select("library", "library", (lib for e in examples for lib in e.libraries)),
            _select("difficulty", "difficulty", (e.difficulty for e in examples)),
            _select("tag", "tag", (t for e in examples for t in e.tags)),
        ]
    )
    page = PAGE.format(pygments_css=formatter.get_style_defs(".highlight"), filters=filters, cards="\n".join(cards))
    index = out / "index.html"
    out.mkdir(parents=True, exist_ok=True)  # made by the first figure otherwise, and there may be none
    index.write_text(page, encoding="utf-8")
    return index


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sciexamples.gallery", description=__doc__.splitlines()[0])
    parser.add_argument("datasets", nargs="*", type=Path, default=[Path("data/training_examples.json"), Path("data/validation_examples.json")])
    parser.add_argument("--out", type=Path, default=Path("gallery"))
    parser.add_argument("--ledger", type=Path, nargs="*", default=sorted(Path(".tox").glob("ledger-*.jsonl")), help="ledger files (default: .tox/ledger-*.jsonl)")
    parser.add_argument("--no-progress", action="store_true")
    args = parser.parse_args(argv)
    try:
        registry_names = default_registry().names()
        examples = [e for path in args.datasets for e in load_examples(path, registry_names)]
    except DatasetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    index = build_gallery(examples, args.out, args.ledger, progress=not args.no_progress)
    print(f"wrote {index} ({len(examples)} examples); open it in a browser, no server needed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
