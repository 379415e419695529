#!/usr/bin/env bash
# Installs the Debian packages newsgraph needs to build, test and run.
# Idempotent and quiet when everything is already present. Run as root (or with sudo on PATH).
#   scripts/install-deps.sh             build, test, run
#   scripts/install-deps.sh --training  also what tools/train_ner reads to rebuild models/ner-en.bin
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config ccache
  # libraries, one line per pipeline stage that uses them
  zlib1g-dev libuchardet-dev libicu-dev          # ingest: gzip, charset detection/conversion
  libxml2-dev libcld2-dev                        # extract: HTML parsing (SAX), language id
  libutf8proc-dev                                # text: Unicode categories/normalisation
  libsqlite3-dev sqlite3                         # store: embedded database + FTS5
  libpq-dev                                      # store: PostgreSQL client (shared store, docs/scaleout.md)
  postgresql slurm-wlm munge                     # scale-out test and benchmark: throw-away PostgreSQL + Slurm
  libcpp-httplib-dev                             # server: HTTP
  libcli11-dev nlohmann-json3-dev libxxhash-dev libfmt-dev libre2-dev
  libabsl-dev                                    # link: hash maps of story clustering (absl::flat_hash_map)
  python3-dev pybind11-dev python3-pytest python3-pandas   # the Python module, its tests, DataFrames
  # tests, fuzzing, benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev clang libclang-rt-14-dev
  wrk                                            # reliability: HTTP load (scripts/reliability/load.sh)
  python3-yaml python3-jsonschema                # server: the API against docs/openapi.yaml (tests/server)
  chromium                                       # web UI: the browser test (tests/ui)
)
# The web UI's build: npm installs esbuild and cytoscape into the build folder. Debian's nodejs
# and npm unless a node with npm is already on PATH (a NodeSource nodejs bundles npm and
# conflicts with Debian's npm package).
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  PACKAGES+=(nodejs npm)
fi

# Word lists and gazetteers the NER trainer compiles into the model (never needed at run time).
TRAINING_PACKAGES=(iso-codes wordnet-base libgeonames-common tzdata python3-fake-factory wamerican-insane)
if [[ "${1:-}" == "--training" ]]; then
  PACKAGES+=("${TRAINING_PACKAGES[@]}")
fi

missing=()
for p in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: need root to install: ${missing[*]}" >&2; exit 1; }
  SUDO=sudo
fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
