#!/bin/sh
# A stand-in for xlatcheck used by the runner self-tests: prints the canned
# output $XC_FAKE_OUTPUT (with @FILE@ replaced by the case path and @INC@ by
# testdata/include) and exits with the status in $XC_FAKE_RC.
here=$(cd "$(dirname "$0")" && pwd)
sed -e "s|@FILE@|$1|g" -e "s|@INC@|$(cd "$here/../include" && pwd)|g" "$XC_FAKE_OUTPUT"
exit "$(cat "$XC_FAKE_RC")"
