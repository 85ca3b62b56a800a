#!/usr/bin/env bash
# Prints `isi` when every file a change touches is content an agency submits (content/ or
# public/bukti/), else `kode`: the content-only job answers an agency's pull request in a minute,
# the full gates run for code. Usage: bash scripts/ci/scope.sh [BASE] (default origin/main).
# Informative only, like every job that runs a pull request's own code: the approval gate is the
# trusted review, whose code comes from the base branch (tinjauan.yml).
set -euo pipefail
base=${1:-origin/main}
changed=$(git diff --name-only "$base"...HEAD)
if [ -n "$changed" ] && ! grep -qvE '^(content|public/bukti)/' <<<"$changed"; then
	echo isi
else
	echo kode
fi
