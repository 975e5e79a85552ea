# Shared by the real-kernel tests (sourced, POSIX sh).  Finds the tree that
# ci/prepare-kernels prepared for an arch, and reads xlatcheck's output.
#
# A test SKIPs (exit 77, CTest's SKIP_RETURN_CODE) only when
# ci/prepare-kernels recorded that the trees cannot be made here (no
# linux-source-6.1); a tree that was simply never prepared is a failure, so
# a forgotten step cannot pass as a skip.

# kernel_tree ROOT ARCH: sets SRCTREE and OBJTREE, or exits 77 / 1.
# shellcheck disable=SC2034 # SRCTREE and OBJTREE are for the caller
kernel_tree() {
	_status=$(sh "$1/ci/prepare-kernels" --status "$2")
	case $_status in
	ready\ *)
		# shellcheck disable=SC2086
		set -- $_status
		SRCTREE=$2
		OBJTREE=$3
		;;
	skip\ *)
		echo "SKIP: no real kernel tree: ${_status#skip }"
		exit 77
		;;
	*)
		echo "FAIL: the $2 kernel tree is not prepared: run ci/prepare-kernels first (ci/test does)"
		exit 1
		;;
	esac
}

# The C sources Kbuild compiled under OBJTREE/DIR, one absolute path a line,
# sorted: from the first line of each .o.cmd, read independently of
# kbuild-compdb so that the two can be compared.
kbuild_sources() {
	find "$1/$2" -name '.*.o.cmd' -exec sed -n '1{
		s/^\(saved\)\{0,1\}cmd_[^ ]*\.o := .* \([^ ]*\.c\) *\(;.*\)\{0,1\}$/\2/p
		}' {} \; | while read -r f; do
		case $f in
		/*) echo "$f" ;;
		*) echo "$1/$f" ;;
		esac
	done | sort
}

# summaries LOG: sums xlatcheck's summary lines
#   "xlatcheck: N TUs checked, N failed to parse, N findings..."
# into "RUNS TUS CLEAN PARSE_ERRORS FAILED" (a TU that failed to parse
# counts under PARSE_ERRORS; FAILED stays for the callers' format).
summaries() {
	awk '/^xlatcheck: [0-9]+ TUs? checked, [0-9]+ failed to parse, / {
		runs++; tus += $2; perr += $5
	} END { printf "%d %d %d %d %d\n", runs, tus, tus - perr, perr, 0 }' "$1"
}

# module_marks MODDIR ARCH WITH_LINKED: the findings the marks of MODDIR's
# sources expect on ARCH, as sorted unique "file:line:rule" lines.  A mark
# lists one or more rules ("expect: a, b") and optionally the arches it
# applies to ("expect[i386]: a"); "expect-linked:" marks a finding only the
# cross-file link makes, counted when WITH_LINKED is 1.
module_marks() {
	(cd "$1" && grep -n 'expect\(-linked\)\{0,1\}\(\[[a-z0-9_,]*\]\)\{0,1\}: ' -- *.c) |
		sed -n 's|^\([^:]*\):\([0-9]*\):.*/\* *expect\(-linked\)\{0,1\}\(\[[a-z0-9_,]*\]\)\{0,1\}: *\([^*]*\)\*/.*|\1:\2:\3:\4:\5|p' |
		while IFS=: read -r file line linked arches rules; do
			[ -z "$linked" ] || [ "$3" = 1 ] || continue
			case $arches in
			'' | *"[$2]"* | *"[$2,"* | *",$2]"* | *",$2,"*) ;;
			*) continue ;;
			esac
			for r in $(echo "$rules" | tr ',' ' '); do
				echo "$file:$line:$r"
			done
		done | sort -u
}

# reported_findings LOG MODDIR: every xlatcheck warning of LOG, wherever it
# points (a finding in a kernel header is an extra too), as sorted
# "file:line:rule" lines, duplicates kept; paths under MODDIR relative to it.
reported_findings() {
	sed -n 's|^\(.*\):\([0-9]*\):[0-9]*: warning: .*\[xlatcheck:\([^]]*\)\]$|\1:\2:\3|p' "$1" |
		sed "s|^$2/||" | sort
}

now() { date +%s.%N; }
since() { echo "$1 $(now)" | awk '{ printf "%.1f", $2 - $1 }'; }

# abs PATH: PATH made absolute against the current directory, so that it
# still works once make -C has changed directory.  A bare command name (no
# slash) is left for PATH to find.
abs() {
	case $1 in
	/*) echo "$1" ;;
	*/* | .*) echo "$PWD/$1" ;;
	*) if [ -d "$1" ]; then echo "$PWD/$1"; else echo "$1"; fi ;;
	esac
}
