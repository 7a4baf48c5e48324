#!/bin/sh
# The Maven build's door to npm: checks that Node 20+ and npm are installed (the build downloads
# neither), installs the locked dependencies when package-lock.json changed, then runs the script.
#   sh scripts/npm.sh install | build | check
set -eu
cd "$(dirname "$0")/.."

need() {
  echo "admin-ui: $1" >&2
  echo "admin-ui: the web console is built with the machine's Node.js (20 or newer) and npm." >&2
  echo "admin-ui: install them, e.g. Debian/Ubuntu: apt-get install nodejs npm, or from https://nodejs.org," >&2
  echo "admin-ui: and make sure 'node' and 'npm' are on the PATH." >&2
  exit 1
}
command -v node >/dev/null 2>&1 || need "'node' was not found."
command -v npm >/dev/null 2>&1 || need "'npm' was not found."
major=$(node -p 'process.versions.node.split(".")[0]')
[ "$major" -ge 20 ] || need "found Node $(node --version), which is too old."

case "${1:-build}" in
  install)
    # npm ci only when the lock file is newer than the last install (it wipes node_modules)
    if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
      npm ci --no-audit --no-fund --loglevel=error
    fi
    ;;
  build) npm run --silent build ;;
  check) npm run --silent lint && npm run --silent test ;;
  *) echo "usage: scripts/npm.sh install|build|check" >&2; exit 2 ;;
esac
