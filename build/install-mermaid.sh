#!/usr/bin/env bash
# Installs Mermaid (the committed lockfile's exact versions): the report tests load its browser bundle in headless
# Chromium to check that serverless-report.md's diagram parses and renders as GitHub would draw it.
exec "$(dirname "$0")/install-npm-lockfile.sh" mermaid node_modules/mermaid/dist/mermaid.min.js Mermaid
