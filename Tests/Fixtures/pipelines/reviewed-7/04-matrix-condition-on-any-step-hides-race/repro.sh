#!/bin/sh
# Every file has a 2-platform matrix whose every instance pushes example/app:latest (one platform
# wins). Only the control is reported:
#  - coverage-step-on-matrix.yml: an unrelated step (codecov upload) has `if: ${{ matrix... }}`;
#    that condition applies to that step only, yet the whole job's instances stop being compared
#    (new: the `${{ }}` form is now read as written; before it was masked and the race was reported).
#  - word-matrix-in-step-id.yml: the step condition only mentions a step id `matrix-info`; the check
#    is a substring test for "matrix".
#  - push-true-for-every-instance.yml: `push: ${{ github.event_name == 'push' && matrix.platform != '' }}`
#    is true in every instance.
cd "$(dirname "$0")"
M=${MANIFESTLINT:-manifestlint}
for f in repo/.github/workflows/*.yml; do echo "== $f"; $M lint --no-config "$f"; done
