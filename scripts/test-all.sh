#!/usr/bin/env bash
# Runs every test of Jalons: the sync server first (the app's end-to-end sync tests start it in-process,
# so it is installed into the local Maven repository), then the app.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -f sync-server/pom.xml install
mvn -B -ntp verify
