#!/usr/bin/env bash
# ctest store.postgres: the PostgreSQL store's tests (store_test's PgStoreTest.*, which skip
# themselves without a server) against a throw-away cluster (scripts/pg/pg-up.sh), stopped and
# removed afterwards. Exit 77 (skipped) without PostgreSQL's server binaries or, as root, without
# the postgres user the cluster runs as.
#
#   tests/store/pg-run.sh build/tests/store_test build/tests/pg-work
set -uo pipefail
TEST=${1:?usage: pg-run.sh STORE_TEST WORK_DIR}
WORK=${2:?usage: pg-run.sh STORE_TEST WORK_DIR}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  echo "pg-run.sh: no PostgreSQL server binaries (apt-get install postgresql): skipped"
  exit 77
fi
if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
  echo "pg-run.sh: running as root needs the postgres user: skipped"
  exit 77
fi
"$ROOT/scripts/pg/pg-down.sh" "$WORK" --remove
url=$("$ROOT/scripts/pg/pg-up.sh" "$WORK") || { echo "pg-run.sh: the cluster did not start" >&2; exit 1; }
trap '"$ROOT/scripts/pg/pg-down.sh" "$WORK" --remove' EXIT
NEWSGRAPH_TEST_PG_URL="$url" "$TEST" --gtest_filter='PgStoreTest.*'
