#!/usr/bin/env bash
# Installs dynalite, the local DynamoDB the tests start (tests/ServerlessSdk.Testing/Dynalite.cs) and that
# `dotnet serverless start-api` / `invoke` run for a project that declares tables, at the committed lockfile's
# versions. In memory (no --path) dynalite never loads LevelDB's native binding, so no install script needs to run.
exec "$(dirname "$0")/install-npm-lockfile.sh" dynalite node_modules/.bin/dynalite dynalite
