module github.com/kpledger/kpledger/examples/beam

go 1.25.0

require (
	github.com/apache/beam/sdks/v2 v2.71.0
	github.com/google/go-cmp v0.7.0
	github.com/kpledger/kpledger v0.0.0-00010101000000-000000000000
	github.com/shopspring/decimal v1.6.0
)

require (
	github.com/avast/retry-go/v4 v4.7.0 // indirect
	github.com/dustin/go-humanize v1.0.1 // indirect
	github.com/golang-cz/devslog v0.0.15 // indirect
	github.com/google/uuid v1.6.0 // indirect
	golang.org/x/exp v0.0.0-20250106191152-7588d65b2ba8 // indirect
	golang.org/x/net v0.48.0 // indirect
	golang.org/x/sys v0.39.0 // indirect
	golang.org/x/text v0.41.0 // indirect
	google.golang.org/genproto/googleapis/rpc v0.0.0-20251124214823-79d6a2a48846 // indirect
	google.golang.org/grpc v1.78.0 // indirect
	google.golang.org/protobuf v1.36.11 // indirect
)

replace github.com/kpledger/kpledger => ../..
