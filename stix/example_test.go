package stix_test

import (
	"fmt"
	"os"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/kpledger/kpledger/incidents"
	"github.com/kpledger/kpledger/stix"
	"golang.org/x/text/language"
)

// A bundle of one hand-built theft: the incident, its USD loss as an
// impact, the attributor, the cluster and the attributed-to relationship.
func ExampleWrite() {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	inc := incidents.Incident{
		ID:            "2022-example-bridge",
		Date:          day(2022, 3, 23),
		DatePrecision: incidents.PrecisionDay,
		Victim:        "Example Bridge",
		Country:       language.MustParseRegion("SG"),
		VictimType:    incidents.DeFiBridge,
		LossUSD: []incidents.Reported{{
			Figure:    currency.Figure{Qualifier: currency.About, Amount: currency.MustNewAmount("620000000", currency.USD)},
			AsPrinted: "about $620 million", By: "FBI",
		}},
		Attributions: []incidents.Attribution{{
			Actor: "Lazarus Group", Clusters: []incidents.Cluster{incidents.Lazarus}, By: "FBI",
			Date: day(2022, 4, 14), DatePrecision: incidents.PrecisionDay, Status: incidents.Confirmed,
			Source: incidents.Source{By: "FBI", URL: "https://example.org/fbi"},
		}},
	}
	if err := stix.Write(os.Stdout, []incidents.Incident{inc}, stix.Options{Indent: " "}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//  "type": "bundle",
	//  "id": "bundle--1a7a39c4-b430-5ba0-bbe4-687ada1d8002",
	//  "objects": [
	//   {
	//    "type": "identity",
	//    "spec_version": "2.1",
	//    "id": "identity--0369f0fc-7964-508c-a845-0799ad629681",
	//    "created": "2022-04-14T00:00:00.000Z",
	//    "modified": "2022-04-14T00:00:00.000Z",
	//    "name": "FBI"
	//   },
	//   {
	//    "type": "intrusion-set",
	//    "spec_version": "2.1",
	//    "id": "intrusion-set--a04ca91d-4ae5-5b4a-a467-74bb56378347",
	//    "created": "2022-04-14T00:00:00.000Z",
	//    "modified": "2022-04-14T00:00:00.000Z",
	//    "name": "Lazarus Group",
	//    "aliases": [
	//     "Lazarus",
	//     "Lazarus hacking group",
	//     "Grupo Lazarus"
	//    ]
	//   },
	//   {
	//    "type": "incident",
	//    "spec_version": "2.1",
	//    "id": "incident--1e8bf6ba-aabc-59a6-b6bb-4244af036ace",
	//    "created": "2022-03-23T00:00:00.000Z",
	//    "modified": "2022-03-23T00:00:00.000Z",
	//    "external_references": [
	//     {
	//      "source_name": "kpledger",
	//      "external_id": "2022-example-bridge"
	//     }
	//    ],
	//    "name": "Example Bridge",
	//    "description": "Theft from Example Bridge (victim type: DeFi bridge) in SG, on 2022-03-23. Status: confirmed.",
	//    "extensions": {
	//     "extension-definition--ef765651-680c-498d-9894-99799f2fa126": {
	//      "extension_type": "property-extension",
	//      "determination": "successful-attempt",
	//      "investigation_status": "closed",
	//      "impact_refs": [
	//       "impact--7430e5d8-970a-5a32-93d7-2af8df877420"
	//      ]
	//     }
	//    }
	//   },
	//   {
	//    "type": "impact",
	//    "spec_version": "2.1",
	//    "id": "impact--7430e5d8-970a-5a32-93d7-2af8df877420",
	//    "created": "2022-03-23T00:00:00.000Z",
	//    "modified": "2022-03-23T00:00:00.000Z",
	//    "impact_category": "monetary",
	//    "description": "USD figure 1: about USD 620000000.00, printed \"about $620 million\", by FBI",
	//    "start_time": "2022-03-23T00:00:00.000Z",
	//    "start_time_fidelity": "day",
	//    "extensions": {
	//     "extension-definition--7cc33dd6-f6a1-489b-98ea-522d351d71b9": {
	//      "extension_type": "new-sdo"
	//     },
	//     "monetary": {
	//      "variety": "asset-and-fraud",
	//      "currency": "USD",
	//      "min_amount": 620000000.00,
	//      "max_amount": 620000000.00
	//     }
	//    }
	//   },
	//   {
	//    "type": "relationship",
	//    "spec_version": "2.1",
	//    "id": "relationship--7530b19c-49f4-59ab-a515-6f15482235c5",
	//    "created_by_ref": "identity--0369f0fc-7964-508c-a845-0799ad629681",
	//    "created": "2022-04-14T00:00:00.000Z",
	//    "modified": "2022-04-14T00:00:00.000Z",
	//    "confidence": 85,
	//    "external_references": [
	//     {
	//      "source_name": "FBI",
	//      "url": "https://example.org/fbi"
	//     }
	//    ],
	//    "relationship_type": "attributed-to",
	//    "description": "Attributed by FBI on 2022-04-14 to \"Lazarus Group\" (confirmed).",
	//    "source_ref": "incident--1e8bf6ba-aabc-59a6-b6bb-4244af036ace",
	//    "target_ref": "intrusion-set--a04ca91d-4ae5-5b4a-a467-74bb56378347"
	//   }
	//  ]
	// }
}
