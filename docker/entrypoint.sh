#!/bin/sh
# Dispatches to the API, the worker or the operator CLI of the same build.
set -e
app="${1:-api}"
[ "$#" -gt 0 ] && shift
case "$app" in
  api) exec node --max-semi-space-size=2 --max-old-space-size=128 --single-threaded-gc --no-memory-reducer "dist/apps/api/src/main.js" "$@" ;;
  worker) exec node --max-semi-space-size=2 --max-old-space-size=128 --single-threaded-gc "dist/apps/worker/src/main.js" "$@" ;;
  cli) exec node --max-semi-space-size=2 --single-threaded-gc "dist/apps/cli/src/main.js" "$@" ;;
  *) echo "usage: candor api|worker|cli [args]" >&2; exit 2 ;;
esac
