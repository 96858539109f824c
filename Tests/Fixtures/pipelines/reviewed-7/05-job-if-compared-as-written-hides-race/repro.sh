#!/bin/sh
# Two jobs with the SAME run condition both push example/app:latest (one amd64, one arm64) with no
# needs: between them. GitHub runs both; the last to finish wins. Job `if:` is now compared as
# written, so `x == 'y'` vs `${{ x == 'y' }}` (a) or vs `x=='y'` (b) count as different conditions
# and the pair is not compared. The control writes the condition identically and is reported.
cd "$(dirname "$0")"
M=${MANIFESTLINT:-manifestlint}
for d in a b control; do echo "== $d"; grep -h 'if:' $d/.github/workflows/release.yml; $M lint --no-config $d; done
