#!/usr/bin/env bash
# Install dangdoc and everything it needs into ./.venv on a Debian machine.
#   scripts/setup.sh          the library and the `dangdoc` command, with the column table (pyarrow, numpy)
#   scripts/setup.sh --test   also pytest, hypothesis and the build tools the tests use
set -euo pipefail
cd "$(dirname "$0")/.."

extras="[columns]"
[ "${1:-}" = "--test" ] && extras="[test]"

# System packages, only those missing (Debian; run as root or with sudo): Python, Graphviz
# for the pictures, and for the tests headless Chromium and its driver.
missing=()
command -v python3 >/dev/null 2>&1 || missing+=(python3)
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || missing+=(python3-venv python3-pip)
command -v dot >/dev/null 2>&1 || missing+=(graphviz)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
if [ "$extras" = "[test]" ]; then
    command -v chromium >/dev/null 2>&1 || missing+=(chromium)
    command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
fi
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check --editable ".${extras}" 2>&1 \
    | { grep -v "^WARNING: Location" || true; }
echo "dangdoc installed in $(pwd)/.venv ($(.venv/bin/python -c 'import dangdoc; print(dangdoc.__version__)'))"
