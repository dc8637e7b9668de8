package prose

import (
	"testing"

	"github.com/kpledger/kpledger/incidents"
)

func TestRevisions(t *testing.T) {
	for _, tc := range []struct {
		name string
		e    incidents.Estimate
		want string
	}{
		{"none", incidents.Estimate{}, ""},
		{"revises", incidents.Estimate{Revises: "A", Revision: incidents.Restates}, ", restates A"},
		{"revised twice", incidents.Estimate{RevisedBy: []string{"B", "C"}}, ", revised by B and C"},
		{"both", incidents.Estimate{Revises: "A", Revision: incidents.Extends, RevisedBy: []string{"C"}}, ", extends A, revised by C"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Revisions(tc.e); got != tc.want {
				t.Errorf("Revisions(%+v) = %q, want %q", tc.e, got, tc.want)
			}
		})
	}
}
