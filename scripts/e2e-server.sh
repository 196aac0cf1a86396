#!/usr/bin/env bash
# The server Playwright tests run against: a production build on its own fresh embedded database.
set -euo pipefail
cd "$(dirname "$0")/.."
# Everything this server prints also goes to a log file (Playwright's webServer still gets it on
# stdout and stderr): e2e/global-teardown.ts reads it to prove no patient detail was logged.
E2E_SERVER_LOG="${E2E_SERVER_LOG:-$PWD/.data/e2e-server-${E2E_PORT:-3100}.log}"
mkdir -p "$(dirname "$E2E_SERVER_LOG")"
: >"$E2E_SERVER_LOG"
exec > >(tee -a "$E2E_SERVER_LOG") 2> >(tee -a "$E2E_SERVER_LOG" >&2)
# Markers the teardown looks for: both streams really reach the log.
echo "e2e-server: stdout is logged"
echo "e2e-server: stderr is logged" >&2
unset DATABASE_URL
# E-mails go to the local mailbox (the Outbox page), and their links point at this server.
unset SMTP_URL
export SITE_URL="http://127.0.0.1:${E2E_PORT:-3100}"
export PGLITE_DIR="${E2E_PGLITE_DIR:-$PWD/.data/e2e}"
export SEED_STAFF_PASSWORD="${SEED_STAFF_PASSWORD:-e2e-Staff-Passw0rd!}"
# The specs stand in for a reverse proxy: they give journeys their own X-Forwarded-For so the
# per-address limits of one don't reach another (the default, 0, trusts no such header).
export TRUSTED_PROXY_HOPS="${TRUSTED_PROXY_HOPS:-1}"
# Every browser sign-in of the suite comes from 127.0.0.1 within minutes; the address limit itself
# is tested in test/integration/staff-auth.test.ts.
export SIGNIN_MAX_PER_ADDRESS="${SIGNIN_MAX_PER_ADDRESS:-500}"
export NODE_ENV=production
export AUTH_SECRET="${AUTH_SECRET:-$(node -e "console.log(require('crypto').randomBytes(32).toString('base64url'))")}"
rm -rf "$PGLITE_DIR"
npx tsx db/cli.ts setup >/dev/null
if [ -z "${E2E_SKIP_BUILD:-}" ]; then
  npx next build
fi
exec npx next start -H 127.0.0.1 -p "${E2E_PORT:-3100}"
