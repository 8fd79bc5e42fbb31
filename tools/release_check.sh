#!/usr/bin/env bash
# Is this tree ready to release?  `make release-check` runs this.
#
#  1. python -m build            -> dist/: the sdist and the wheel
#  2. twine check --strict       -> the metadata and the README render on PyPI
#  3. a fresh venv, the *sdist* installed there with the extras its suite needs
#  4. the sdist's own test suite, run from the unpacked sdist (not this repo)
#     against the installed package
# Any failure fails the check.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-.venv/bin/python}
EXTRAS=${EXTRAS:-test,pandas,arrow,dask,notebook,docs}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/diplocorpus-release.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

echo "== build: sdist and wheel"
rm -rf dist
"$PYTHON" -m build --outdir dist . >"$WORK/build.log" 2>&1 || { tail -40 "$WORK/build.log"; exit 1; }
ls -l dist
sdist=$(ls dist/diplocorpus-*.tar.gz)
wheel=$(ls dist/diplocorpus-*.whl)

echo "== twine check --strict"
"$PYTHON" -m twine check --strict "$sdist" "$wheel"

echo "== the sdist holds the tests, docs and samples"
tar -tzf "$sdist" >"$WORK/members.txt"
for member in tests/test_docs.py docs/index.md docs/hooks.py mkdocs.yml README.md LICENSE \
              examples/quickstart.ipynb src/diplocorpus/py.typed \
              src/diplocorpus/samples/01_baku_transport_talks.txt; do
    grep -q "/$member\$" "$WORK/members.txt" || { echo "missing from the sdist: $member"; exit 1; }
done

echo "== fresh venv; install the sdist with [$EXTRAS]"
"$PYTHON" -m venv "$WORK/venv"
VPY="$WORK/venv/bin/python"
pip_log="$WORK/pip.log"
{ "$VPY" -m pip install --disable-pip-version-check -q -U pip &&
  "$VPY" -m pip install --disable-pip-version-check -q "$(realpath "$sdist")[$EXTRAS]"; } \
    >"$pip_log" 2>&1 || { grep -v "^WARNING: Location" "$pip_log" | tail -40; exit 1; }

echo "== the sdist's own test suite, against the installed package"
tar -xzf "$sdist" -C "$WORK"
src_dir="$WORK/$(basename "$sdist" .tar.gz)"
cd "$src_dir"
# The package must come from the venv's site-packages, not from the unpacked src/.
"$VPY" -c 'import diplocorpus, sys; f = diplocorpus.__file__; print("diplocorpus from", f); sys.exit("site-packages" not in f)'
"$VPY" -m pytest -p no:cacheprovider
echo "== release check passed: $(basename "$sdist") $(basename "$wheel")"
