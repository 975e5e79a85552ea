#!/bin/sh
# Runner self-test: selftest.sh SCENARIO.  Runs run-case.sh with the fake
# xlatcheck on a fixture and checks that the runner passes or fails as it
# must, and says why.  A runner that cannot fail is a defect.
set -u
here=$(cd "$(dirname "$0")" && pwd)
runner="$here/../run-case.sh"
fake="$here/fake-xlatcheck.sh"

case_file=fixture.c
canned=$1
case $1 in
good)        want=0; why='PASS fixture.c' ;;
missing)     want=1; why='- fixture.c:14: vmalloc-to-linear' ;;
extra)       want=1; why='+ fixture.c:11: stack-to-linear' ;;
wrongrule)   want=1; why='+ fixture.c:14: vmap-to-linear' ;;
wrongline)   want=1; why='+ fixture.c:15: vmalloc-to-linear' ;;
duplicate)   want=1; why='(duplicate)' ;;
nonote)      want=1; why='missing note on line 13 containing "per_cpu_ptr"' ;;
notext)      want=1; why='no warning or note on line 13 contains "fixmap"' ;;
header)      want=1; why='(outside the case file)' ;;
badrc)       want=1; why='exit status 0, expected 1' ;;
inputerror)  want=1; why='exit status 2, expected 1' ;;
clean-good)  want=0; why='PASS clean.c'; case_file=clean.c ;;
clean-extra) want=1; why='+ clean.c:7: vmalloc-to-linear'; case_file=clean.c ;;
badexpect)   want=1; why='unknown rule id "vmalloc-to-linaer"'; case_file=badexpect.c; canned=badexpect ;;
exact-good)  want=0; why='PASS exact.c'; case_file=exact.c ;;
exact-one)   want=1; why='- exact.c:7: vmalloc-to-linear'; case_file=exact.c ;;
exact-column) want=1; why='- exact.c:7:9: vmalloc-to-linear'; case_file=exact.c ;;
exact-output) want=1; why='+exact.c:5:25: note: a is vmap memory'; case_file=exact.c ;;
*) echo "selftest.sh: unknown scenario $1" >&2; exit 2 ;;
esac

out=$(XC_FAKE_OUTPUT="$here/$canned.out" XC_FAKE_RC="$here/$canned.rc" \
	sh "$runner" -x "$fake" "$here/$case_file" 2>&1)
rc=$?
printf '%s\n' "$out"
echo "---"
if [ "$rc" -ne "$want" ]; then
	echo "selftest $1: runner exited $rc, expected $want"
	exit 1
fi
if ! printf '%s\n' "$out" | grep -F -q -- "$why"; then
	echo "selftest $1: runner output lacks: $why"
	exit 1
fi
if [ "$case_file" = badexpect.c ]; then
	printf '%s\n' "$out" | grep -F -q 'unknown directive "expect-notes:"' || {
		echo "selftest badexpect: misspelt directive not reported"; exit 1; }
	printf '%s\n' "$out" | grep -F -q 'bad column "@x"' || {
		echo "selftest badexpect: malformed column pin not reported"; exit 1; }
fi
# The runner must not pass a case for the wrong reason: a failing exact-*
# scenario fails on what it changed, the others all hold.
case $1 in
exact-column | exact-one)
	if printf '%s\n' "$out" | grep -F -q 'output differs'; then :; else
		echo "selftest $1: the changed output was not noticed"; exit 1
	fi ;;
exact-output)
	if printf '%s\n' "$out" | grep -F -q 'findings differ'; then
		echo "selftest $1: findings should match, only the output differs"; exit 1
	fi ;;
esac
echo "selftest $1: ok"
