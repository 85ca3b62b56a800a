#!/usr/bin/env bash
# The one list of gates, run by .ci/run, GitHub (pr.yml) and GitLab (.gitlab-ci.yml) alike, so their
# steps cannot drift. Expects installed packages (npm ci) and a Chromium (CHROME_PATH, default
# /usr/bin/chromium) for the browser tests. Each step is named so a failure says where it happened,
# and timed.
#
#   bash scripts/ci/gates.sh            every group, in order (what .ci/run runs)
#   bash scripts/ci/gates.sh static     format, types, lint, content
#   bash scripts/ci/gates.sh checks     npm test: unit tests and site builds (the README's command)
#   bash scripts/ci/gates.sh site       browser tests and page budgets
#   bash scripts/ci/gates.sh isi        a content-only pull request: check:content and check:pr
#
# static, checks and site need nothing from each other: a CI system may run them in parallel.
set -euo pipefail
cd "$(dirname "$0")/../.."

timings=()
step() {
	local name=$1
	shift
	printf '\n=== %s ===\n' "$name"
	local start=$SECONDS
	"$@"
	timings+=("$(printf '%4ds  %s' $((SECONDS - start)) "$name")")
}

group_static() {
	step "format (npm run format:check)" npm run --silent format:check
	step "types (npm run check:types)" npm run --silent check:types
	step "lint (npm run lint)" npm run --silent lint
	step "content (npm run check:content)" npm run --silent check:content -- ${GITHUB_ACTIONS:+--github}
}

group_checks() {
	step "tests (npm test: unit and site builds)" npm test
}

group_site() {
	step "browser tests (npm run test:e2e: build + Playwright)" npm run test:e2e
	step "budgets (npm run check:budget: page weight, Lighthouse)" npm run --silent check:budget
}

# A pull request that touches only content/ and public/bukti/: what the agency needs to hear, in a
# minute. BASE is the branch it merges into (default origin/main).
group_isi() {
	step "content (npm run check:content)" npm run --silent check:content -- ${GITHUB_ACTIONS:+--github}
	step "pull request (npm run check:pr)" npm run --silent check:pr -- --base "${BASE:-origin/main}"
}

groups=("${@:-static checks site}")
read -r -a groups <<<"${groups[*]}"
for group in "${groups[@]}"; do
	case "$group" in
	static | checks | site | isi) "group_$group" ;;
	*)
		echo "gates.sh: kelompok tidak dikenal: $group (static, checks, site, isi)" >&2
		exit 2
		;;
	esac
done

echo
echo "Durasi per langkah:"
printf '  %s\n' "${timings[@]}"
echo
echo "Semua gerbang lulus (${groups[*]}) dalam $((SECONDS / 60)) menit $((SECONDS % 60)) detik."
