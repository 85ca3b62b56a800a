#!/usr/bin/env bash
# The one list of gates, run by .ci/run, GitHub (pr.yml) and GitLab (.gitlab-ci.yml) alike, so their
# steps cannot drift. Expects installed packages (npm ci) and a Chromium (CHROME_PATH, default
# /usr/bin/chromium) for the browser tests. Each step is named so a failure says where it happened.
set -euo pipefail
cd "$(dirname "$0")/../.."

step() { printf '\n=== %s ===\n' "$1"; }

step "format (npm run format:check)"
npm run --silent format:check

# Types before lint: astro check generates .astro/ (the astro:content and import.meta.env types),
# which the type-aware lint rules need on a clean clone.
step "types (npm run check:types)"
npm run --silent check:types

step "lint (npm run lint)"
npm run --silent lint

step "content (npm run check:content)"
npm run --silent check:content -- ${GITHUB_ACTIONS:+--github}

step "tests (npm test: unit and site builds)"
npm test

step "browser tests (npm run test:e2e: build + Playwright)"
npm run test:e2e

step "budgets (npm run check:budget: page weight, Lighthouse)"
npm run --silent check:budget

echo
echo "Semua gerbang lulus."
