#!/bin/sh
# Fuzzes each harness for SECONDS (default 60), one process at a time, in a
# scratch directory: the corpus grows there (seeded from fuzz/corpus),
# crashes land in OUT/crashes-NAME/.  Copy a crash into fuzz/crashes/NAME/
# once it is fixed: CTest then runs it forever.  Not part of CI.
#   fuzz/run.sh BUILD_DIR [SECONDS] [NAME...]     NAME: rules sarif suppress compdb
set -u
build=${1:?usage: fuzz/run.sh BUILD_DIR [SECONDS] [NAME...]}
seconds=${2:-60}
shift $(($# < 2 ? $# : 2))
here=$(cd "$(dirname "$0")" && pwd)
out=$build/fuzz/run
[ $# -gt 0 ] || set -- rules sarif suppress compdb
status=0
for name in "$@"; do
	harness=$build/fuzz/fuzz_$name
	[ -x "$harness" ] || { echo "no harness: $harness (build first)"; exit 2; }
	mkdir -p "$out/corpus-$name" "$out/crashes-$name"
	cp -n "$here/corpus/$name"/* "$out/corpus-$name/" 2>/dev/null
	before=$(ls "$out/corpus-$name" | wc -l)
	# One process, one thread: the machines are shared.
	"$harness" -max_total_time="$seconds" -close_fd_mask=3 \
		-rss_limit_mb=2048 -timeout=20 -artifact_prefix="$out/crashes-$name/" \
		"$out/corpus-$name" >"$out/$name.log" 2>&1 || status=1
	log=$out/$name.log
	stats=$(grep -E '^#[0-9]+' "$log" | tail -1)
	echo "$name: $seconds s, corpus $before -> $(ls "$out/corpus-$name" | wc -l)," \
		"crashes $(ls "$out/crashes-$name" | wc -l); last: $stats"
done
exit $status
