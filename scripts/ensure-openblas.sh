#!/usr/bin/env bash
# Makes sure OpenBLAS (Debian's libopenblas-dev) and pkg-config are installed; installs them with
# apt-get when they are missing. Sourced by scripts/report.sh and scripts/test.sh.
set -euo pipefail

if pkg-config --exists openblas 2>/dev/null; then
    return 0 2>/dev/null || exit 0
fi

echo "fingov: OpenBLAS (libopenblas-dev) is missing; installing it with apt-get..." >&2
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "fingov: cannot install libopenblas-dev: not root and no sudo. Ask an administrator to run:" >&2
    echo "    apt-get update && apt-get install -y libopenblas-dev pkg-config" >&2
    exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "fingov: cannot install libopenblas-dev: this system has no apt-get. Install OpenBLAS and pkg-config" >&2
    echo "    with your package manager so that 'pkg-config --exists openblas' succeeds." >&2
    exit 1
fi
if ! { $SUDO apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q libopenblas-dev pkg-config >/dev/null; }; then
    echo "fingov: apt-get could not install libopenblas-dev pkg-config (see the messages above)." >&2
    exit 1
fi
if ! pkg-config --exists openblas; then
    echo "fingov: libopenblas-dev is installed but pkg-config does not find 'openblas'." >&2
    exit 1
fi
echo "fingov: installed libopenblas-dev." >&2
