#!/usr/bin/env bash
# Installs action-validator (npm, offline: the GitHub Actions workflow schema is compiled in) at the version of the
# committed lockfile: the template tests check every generated .github/workflows/ci.yml with it.
exec "$(dirname "$0")/install-npm-lockfile.sh" action-validator node_modules/.bin/action-validator action-validator
