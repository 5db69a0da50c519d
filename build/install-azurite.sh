#!/usr/bin/env bash
# Installs Azurite (Microsoft's Azure Storage emulator, from npm) at the version of the committed lockfile: the local
# Azure host's Storage Queue tests put messages on an Azurite queue.
exec "$(dirname "$0")/install-npm-lockfile.sh" azurite node_modules/.bin/azurite-queue Azurite
