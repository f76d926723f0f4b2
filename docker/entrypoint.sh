#!/bin/sh
# Dispatches to the API, the worker or the operator CLI of the same build.
set -e
app="${1:-api}"
[ "$#" -gt 0 ] && shift
case "$app" in
  api|worker|cli) exec node "dist/apps/$app/src/main.js" "$@" ;;
  *) echo "usage: candor api|worker|cli [args]" >&2; exit 2 ;;
esac
