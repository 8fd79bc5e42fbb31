"""Render a sample article's HTML view and screenshot it with headless Chromium.

    python tools/render_html.py                       # first sample with the most highlights
    python tools/render_html.py --sample 02_beijing_phone_call.txt --out /tmp/article.png

Writes ``<out>.html`` (a full page around :func:`diplocorpus.notebook.article_html`)
and ``<out>`` (a PNG) using Debian's ``chromium`` (``apt-get install chromium``).
The flags keep Chromium off the network and out of the user's profile.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import diplocorpus
from diplocorpus.notebook import article_html, corpus_html
from diplocorpus.samples import read, texts

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def page(body: str, title: str = "diplocorpus") -> str:
    """A complete HTML document around an HTML fragment."""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{title}</title></head>"
        f'<body style="margin:24px;background:#fff">{body}</body></html>\n'
    )


def chromium() -> str | None:
    """The Chromium binary, if one is installed."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def screenshot(html_path: Path, png_path: Path, size: str = "1200,1600") -> None:
    """Render *html_path* with headless Chromium into *png_path*."""
    binary = chromium()
    if binary is None:
        raise SystemExit("chromium is not installed (apt-get install -y chromium)")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                binary,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                f"--screenshot={png_path}",
                f"--window-size={size}",
                html_path.resolve().as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


def _richest() -> str:
    """The sample with the most highlighted things."""

    def score(item: tuple[str, str]) -> int:
        a = diplocorpus.parse(item[1], source=item[0])
        return len(a.statements) + len(a.events) + len(a.agreements) + len(a.timexes)

    return max(texts(), key=score)[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", help="sample file name (default: the richest)")
    parser.add_argument("--out", default="/tmp/diplocorpus-article.png", type=Path)
    parser.add_argument("--corpus", action="store_true", help="render the corpus summary instead")
    parser.add_argument("--window-size", default="1200,1600")
    args = parser.parse_args(argv)
    if args.corpus:
        articles = [diplocorpus.parse(t, source=n) for n, t in texts()]
        body = corpus_html(diplocorpus.Corpus.from_articles(articles))
    else:
        name = args.sample or _richest()
        body = article_html(diplocorpus.parse(read(name), source=name))
    html_path = args.out.with_suffix(".html")
    html_path.write_text(page(body), encoding="utf-8")
    screenshot(html_path, args.out, args.window_size)
    print(f"{html_path}\n{args.out} ({args.out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
