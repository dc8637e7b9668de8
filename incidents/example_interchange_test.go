package incidents_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/kpledger/kpledger/incidents"
	"golang.org/x/text/language"
)

// exampleIncident is a small hand-built theft for the examples.
func exampleIncident() incidents.Incident {
	return incidents.Incident{
		ID:            "2022-example-exchange",
		Date:          time.Date(2022, time.May, 4, 0, 0, 0, 0, time.UTC),
		DatePrecision: incidents.PrecisionDay,
		Victim:        "Example Exchange",
		Country:       language.MustParseRegion("KR"),
		VictimType:    incidents.Exchange,
		Loss:          currency.MustNewAmount("12000000000", currency.KRW),
		Attributions: []incidents.Attribution{{
			Actor:    "Lazarus Group",
			Clusters: []incidents.Cluster{incidents.Lazarus},
			By:       "ROK National Police Agency",
			Date:     time.Date(2022, time.June, 1, 0, 0, 0, 0, time.UTC),
			Status:   incidents.Confirmed,
			Source:   incidents.Source{By: "press", URL: "https://example.org/"},
		}},
	}
}

// The incidents table and the attributions table of one incident: pandas
// or R joins them on id = incident_id.
func ExampleWriteIncidentTables() {
	var inc, attr bytes.Buffer
	err := incidents.WriteIncidentTables(incidents.IncidentTables{Incidents: &inc, Attributions: &attr},
		slices.Values([]incidents.Incident{exampleIncident()}))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(inc.String(), "\n", attr.String())
	// Output:
	// id,row,date,date_precision,victim,victim_unverified,filed_as,identified_as,identified_by,country,country_unverified,victim_type,loss_amount,loss_currency,attempt_only,stated_status,stated_text,status,disputed
	// 2022-example-exchange,,2022-05-04,day,Example Exchange,false,,,,KR,false,exchange,12000000000,KRW,false,,,confirmed,false
	//
	// incident_id,seq,actor,clusters,by,date,date_precision,status,unverified,source_by,source_date,source_url,source_note
	// 2022-example-exchange,1,Lazarus Group,Lazarus Group,ROK National Police Agency,2022-06-01,,confirmed,,press,,https://example.org/,
}

// Reading a spreadsheet a user filled in: a cell that cannot be read is
// reported with its table, line and column; so is a problem that
// [incidents.Incident.Validate] finds, and the incidents are then
// returned with it.
func ExampleReadIncidentTables() {
	sheet := "id,date,country,victim_type,loss_amount,loss_currency\n" +
		"2024-my-exchange,2024-02-10,KR,exchange,3500000000,KRW\n" +
		"2024-other,2024-03-01,Korea,exchange,-100,USD\n"
	_, err := incidents.ReadIncidentTables(incidents.IncidentReaders{Incidents: strings.NewReader(sheet)})
	fmt.Println(err)

	sheet = strings.Replace(sheet, "Korea", "KR", 1)
	incs, err := incidents.ReadIncidentTables(incidents.IncidentReaders{Incidents: strings.NewReader(sheet)})
	fmt.Println(len(incs), incs[0].Loss, incs[1].Country)
	fmt.Println(err)
	fmt.Println(errors.Is(err, incidents.ErrInvalid))
	// Output:
	// incidents: incidents table, line 3, column "country": unknown country "Korea": want an ISO 3166-1 alpha-2 code in upper case, such as "KR"
	// 2 KRW 3500000000 KR
	// incidents: incidents table, line 3, column "loss_amount": incident "2024-other": Loss: negative amount USD -100.00
	// true
}

// JSON keeps countries as ISO codes and rejects what it cannot represent.
func ExampleIncident_MarshalJSON() {
	b, err := json.Marshal(exampleIncident())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(b))

	var inc incidents.Incident
	fmt.Println(json.Unmarshal([]byte(`{"id":"x","country":"ZZ"}`), &inc))
	// Output:
	// {"id":"2022-example-exchange","date":"2022-05-04","date_precision":"day","victim":"Example Exchange","country":"KR","victim_type":"exchange","loss":{"amount":"12000000000","currency":"KRW"},"attributions":[{"actor":"Lazarus Group","clusters":["Lazarus Group"],"by":"ROK National Police Agency","date":"2022-06-01","status":"confirmed","source":{"by":"press","url":"https://example.org/"}}]}
	// incidents: cannot unmarshal incident from JSON: country: unknown country "ZZ": not an ISO 3166-1 alpha-2 country code
}
