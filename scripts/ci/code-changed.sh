#!/usr/bin/env bash
# A step of .github/workflows/: writes `code=true` or `code=false` to $GITHUB_OUTPUT.
#
# `false` only for a push whose every changed file is under content/ (articles, photos,
# the newsroom's settings): nothing in it can change what the code's test suite tests, so
# the workflow checks the content and builds the site, and skips the suite. Everything
# else runs the suite: a push that touches any other file, a scheduled or manual run, and
# a push whose previous commit cannot be fetched (the first push of a branch, a forced
# push), since what it changed cannot then be known.
#
# Reads GITHUB_EVENT_NAME, GITHUB_SHA, GITHUB_OUTPUT, and BEFORE (the push's
# github.event.before). Works in a shallow checkout: it fetches that one commit.
set -euo pipefail

code=true
if [ "${GITHUB_EVENT_NAME:-}" = push ] && [ -n "${BEFORE:-}" ] &&
  git fetch --quiet --depth=1 origin "$BEFORE" 2>/dev/null; then
  changed=$(git diff --name-only "$BEFORE" "$GITHUB_SHA")
  if ! grep -qv '^content/' <<<"$changed"; then code=false; fi
  echo "Changed files: $(wc -l <<<"$changed"); code changed: $code"
fi
echo "code=$code" >>"$GITHUB_OUTPUT"
