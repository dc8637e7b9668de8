package golden

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestProblems(t *testing.T) {
	long := strings.Repeat("x", MaxLine+1)
	hangul := strings.Repeat("가", MaxLine) // 300 bytes, 100 runes
	for _, tc := range []struct {
		name string
		out  string
		want []string // the start of each message
	}{
		{"empty", "", nil},
		{"short lines", "one\ntwo\n", nil},
		{"exactly the limit", strings.Repeat("x", MaxLine) + "\n", nil},
		{"runes, not bytes", hangul + "\n", nil},
		{"one over", "ok\n" + long + "\n", []string{"line 2 has 101 characters"}},
		{"one over, no newline", long, []string{"line 1 has 101 characters"}},
		{"clipped", "Intelligence authori…\n", []string{`line 1 clips text with "…"`}},
		{"both on one line", strings.Repeat("x", MaxLine) + "…", []string{"line 1 has 101 characters", `line 1 clips text with "…"`}},
		{"ellipsis in three dots is not clipping", "and so on...\n", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Problems([]byte(tc.out))
			var starts []string
			for i, p := range got {
				if i < len(tc.want) && strings.HasPrefix(p, tc.want[i]) {
					starts = append(starts, tc.want[i])
				} else {
					starts = append(starts, p)
				}
			}
			if diff := cmp.Diff(tc.want, starts); diff != "" {
				t.Errorf("Problems(%q) mismatch (-want +got):\n%s", tc.out, diff)
			}
		})
	}
}
