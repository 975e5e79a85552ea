#!/bin/sh
# Runs a harness once over its seed corpus and every crash input kept in
# the repository (each must now pass).  Usage: regress.sh HARNESS CORPUS CRASHES
set -u
harness=$1
corpus=$2
crashes=$3
set -- "$corpus"/*
[ -d "$crashes" ] && set -- "$@" "$crashes"/*
# Each input as a file argument: run once, no fuzzing, no corpus written.
exec "$harness" -close_fd_mask=2 "$@"
