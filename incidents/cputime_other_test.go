//go:build !unix

package incidents

import "time"

// cpuTime is 0 where the process's CPU time is not read (not a Unix
// system): the benchmarks' cpu-ns metrics then read 0, and wall time is
// the measure.
func cpuTime() time.Duration { return 0 }
