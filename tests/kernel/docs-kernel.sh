#!/bin/sh
# docs-kernel.sh ROOT ARCH BINDIR WORKDIR: the docs' `sh kernel` example
# commands, as written, in the prepared tree of ARCH (tests/unit/docs.sh
# does the work).  SKIPs (77) without a kernel tree.
set -eu
root=$1 arch=$2 bindir=$3 work=$4
. "$root/tests/kernel/common.sh"
kernel_tree "$root" "$arch"
# Kbuild as the tree was built: a bare `make` on an x86_64 host means
# ARCH=x86, which reruns syncconfig and rebuilds the tree under the other
# kernel tests (they assert it is up to date).
ARCH=$arch
export ARCH
exec sh "$root/tests/unit/docs.sh" "$root" "$bindir" "$work" kernel "$OBJTREE"
