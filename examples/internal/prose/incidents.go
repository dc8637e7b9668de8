package prose

import (
	"strings"

	"github.com/kpledger/kpledger/incidents"
)

// Revisions names the estimates e revises and those that revise it, both
// when it has both ([incidents.Estimate.Revises],
// [incidents.Estimate.RevisedBy]), each after a comma: ", restates C2",
// ", revised by C3/2022"; "" when none.
func Revisions(e incidents.Estimate) string {
	s := ""
	if e.Revises != "" {
		s += ", " + e.Revision.String() + " " + e.Revises
	}
	if len(e.RevisedBy) > 0 {
		s += ", revised by " + strings.Join(e.RevisedBy, " and ")
	}
	return s
}
