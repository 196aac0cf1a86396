#!/usr/bin/env bash
# `npm test`: every check a change must pass, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n\033[1m▶ %s\033[0m\n' "$1"; }
step "Type check";   npm run --silent typecheck
step "Lint";         npm run --silent lint
step "Unit and integration tests (database: $([ -n "${TEST_DATABASE_URL:-}" ] && echo "PostgreSQL server" || echo "embedded PGlite"))"
npm run --silent test:unit
step "Browser tests (production build, Chromium)"
npm run --silent test:e2e
step "System tests (two instances on one PostgreSQL, database restarts and failures; reuses the build)"
npm run --silent test:system
printf '\nAll checks passed.\n'
