#!/usr/bin/env bash
# Vet and test the Beam example module, a Go module of its own (the root's
# go test ./... does not reach it). .ci/run calls it after the library's
# tests. "./ci.sh -short" screens 10,000 records instead of 100,000 in the
# pipeline test. Go downloads the Beam SDK through the module proxy.
set -euo pipefail
cd "$(dirname "$0")"
short=()
if [ "${1:-}" = "-short" ]; then
	short=(-short)
fi
go version
echo "== examples/beam: go vet"
go vet ./...
echo "== examples/beam: go test (pipelines on the prism runner, in process)"
go test -count=1 "${short[@]}" ./...
echo "== examples/beam: go test -short with the Go 1.25 toolchain (the oldest supported release)"
GOTOOLCHAIN=go1.25.14 go test -count=1 -short ./...
