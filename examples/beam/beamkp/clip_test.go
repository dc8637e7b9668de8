package beamkp

import (
	"strings"
	"testing"
)

func TestClip(t *testing.T) {
	long := strings.Repeat("a", 60)
	for _, tc := range []struct{ name, in, want string }{
		{"short stays whole", "reported_loss", "reported_loss"},
		{"forty bytes stay whole", long[:40], long[:40]},
		{"long is cut at forty bytes", long, long[:40] + "…"},
		// "가" is three bytes: the fourteenth starts at byte 39 and would be split.
		{"a rune across the cut is left out", "a" + strings.Repeat("가", 20), "a" + strings.Repeat("가", 13) + "…"},
		// An invalid byte early on must not shorten the prefix to it.
		{"an invalid byte before the cut stays", "\xff" + long, "\xff" + long[:39] + "…"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := clip(tc.in); got != tc.want {
				t.Errorf("clip(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
