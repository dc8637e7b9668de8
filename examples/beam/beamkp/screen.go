package beamkp

import (
	"bufio"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/kpledger/kpledger/sanctions"
)

func init() {
	register.DoFn4x1[context.Context, string, string, func(Key, Item), error](&ScreenFn{})
	register.Emitter2[Key, Item]()
}

// Screener screens the lines of Comtrade CSV files, one record per line,
// against the UN 1718 regime ([sanctions.DPRK]). It is what [ScreenFn] runs
// on each worker, and what a single-process loop runs to get the same
// answer. A Screener is not safe for concurrent use.
type Screener struct {
	regime  sanctions.Regime
	header  sanctions.ComtradeHeader
	line    string // the header line, to skip where it recurs
	fields  []string
	scratch strings.Reader
}

// NewScreener returns a Screener for files whose header line is
// headerLine (Comtrade's field names, as [sanctions.ParseComtradeHeader]
// reads them).
//
// NewScreener returns an error if the header line is not one CSV line or
// ParseComtradeHeader rejects it.
func NewScreener(headerLine string) (*Screener, error) {
	sc := &Screener{regime: sanctions.DPRK(), line: strings.TrimRight(headerLine, "\r\n")}
	fields, err := sc.split(sc.line)
	if err != nil {
		return nil, fmt.Errorf("beamkp: header line %q: %v", clip(sc.line), err)
	}
	if sc.header, err = sanctions.ParseComtradeHeader(fields); err != nil {
		return nil, fmt.Errorf("beamkp: header line %q: %w", clip(sc.line), err)
	}
	return sc, nil
}

// Skip reports whether a line of a Comtrade CSV file holds no record: an
// empty line, a comment (a line starting with "#", as the synthetic files
// of cmd/gen and the repository's illustrative files begin), or the header
// line sc was made with.
func (sc *Screener) Skip(line string) bool {
	line = strings.TrimPrefix(strings.TrimRight(line, "\r\n"), "\ufeff")
	return line == "" || line[0] == '#' || line == sc.line
}

// split splits one CSV line into fields, as encoding/csv does. A line
// without quotes is split on its commas into a reused slice, without
// allocating.
func (sc *Screener) split(line string) ([]string, error) {
	if strings.IndexByte(line, '"') < 0 {
		sc.fields = sc.fields[:0]
		for {
			i := strings.IndexByte(line, ',')
			if i < 0 {
				sc.fields = append(sc.fields, line)
				return sc.fields, nil
			}
			sc.fields = append(sc.fields, line[:i])
			line = line[i+1:]
		}
	}
	sc.scratch.Reset(line)
	r := csv.NewReader(&sc.scratch)
	r.FieldsPerRecord = -1
	fields, err := r.Read()
	if err != nil {
		return nil, err
	}
	if _, err := r.Read(); err != io.EOF {
		return nil, fmt.Errorf("more than one CSV record on the line")
	}
	return fields, nil
}

// Line screens the record on one line and calls emit once for each key
// the record counts under (see [Key]): once per finding, covered and
// undetermined alike, or once as [OutcomeClean] if there is none. A line
// [Screener.Skip] skips gives no call. A line that cannot be read,
// converted or screened is emitted once as [OutcomeRejected] with an empty
// [Item], and Line returns the reason; it never drops a record silently.
func (sc *Screener) Line(line string, emit func(Key, Item)) error {
	if sc.Skip(line) {
		return nil
	}
	line = strings.TrimPrefix(strings.TrimRight(line, "\r\n"), "\ufeff")
	reject := func(year int, err error) error {
		emit(Key{Year: year, Outcome: OutcomeRejected}, Item{})
		return fmt.Errorf("beamkp: record %q: %w", clip(line), err)
	}
	fields, err := sc.split(line)
	if err != nil {
		return reject(0, err)
	}
	// One validation: a line that cannot be read gives the zero record
	// (year 0), one that cannot be screened the record read.
	rec, tr, err := sc.header.Trade(fields)
	if err != nil {
		return reject(rec.RefYear, err)
	}
	findings, err := sc.regime.Screen(tr)
	if err != nil {
		return reject(tr.Date.Year(), err)
	}
	unit := ""
	if !tr.Quantity.IsZero() {
		unit = tr.Quantity.Unit.String()
	}
	it := Item{Value: tr.Value, Quantity: tr.Quantity.Value}
	year := tr.Date.Year()
	if len(findings) == 0 {
		emit(Key{Year: year, Outcome: OutcomeClean, Unit: unit}, it)
		return nil
	}
	for _, f := range findings {
		emit(Key{MeasureID: f.MeasureID, Citation: f.Citation, Year: year, Outcome: f.Outcome.String(), Unit: unit}, it)
	}
	return nil
}

// ScreenFn is a Beam DoFn that screens Comtrade CSV lines: it takes the
// KV<filename, line> of textio.ReadWithFilename, reads each file's header
// line from the file itself (through Beam's filesystems, so that gs:// and
// s3:// paths work where their filesystems are linked in), and emits
// KV<[Key], [Item]> as [Screener.Line] does: one per finding, undetermined
// ones included, one for a clean record, one for a rejected one.
//
// A rejected record fails the bundle only if Strict is set; otherwise it
// is counted under [OutcomeRejected] and the first few reasons are logged.
type ScreenFn struct {
	Strict bool

	screeners map[string]*Screener
	logged    int
}

// Setup prepares the per-file screeners.
func (fn *ScreenFn) Setup() { fn.screeners = map[string]*Screener{} }

// ProcessElement screens one line of file.
func (fn *ScreenFn) ProcessElement(ctx context.Context, file, line string, emit func(Key, Item)) error {
	sc := fn.screeners[file]
	if sc == nil {
		h, err := readHeaderLine(ctx, file)
		if err != nil {
			return err
		}
		if sc, err = NewScreener(h); err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
		fn.screeners[file] = sc
	}
	if err := sc.Line(line, emit); err != nil {
		if fn.Strict {
			return fmt.Errorf("%s: %w", file, err)
		}
		if fn.logged < 10 {
			fn.logged++
			log.Warnf(ctx, "%s: %v", file, err)
		}
	}
	return nil
}

// readHeaderLine returns the first line of file that is neither empty nor
// a comment.
func readHeaderLine(ctx context.Context, file string) (string, error) {
	fs, err := filesystem.New(ctx, file)
	if err != nil {
		return "", fmt.Errorf("beamkp: %s: %w", file, err)
	}
	defer fs.Close()
	rc, err := fs.OpenRead(ctx, file)
	if err != nil {
		return "", fmt.Errorf("beamkp: %s: %w", file, err)
	}
	defer rc.Close()
	return HeaderLine(rc)
}

// HeaderLine returns the first line of r that is neither empty nor a
// comment ("#…"): the header line of a Comtrade CSV file as cmd/gen and
// the repository's illustrative files write them.
//
// HeaderLine returns an error if r has no such line within its first 1 MiB
// or cannot be read.
func HeaderLine(r io.Reader) (string, error) {
	br := bufio.NewReaderSize(io.LimitReader(r, 1<<20), 1<<16)
	for {
		line, err := br.ReadString('\n')
		if t := strings.TrimRight(line, "\r\n"); t != "" && t[0] != '#' && (err == nil || err == io.EOF) {
			return strings.TrimPrefix(t, "\ufeff"), nil
		}
		if err != nil {
			if err == io.EOF {
				return "", fmt.Errorf("beamkp: no header line")
			}
			return "", fmt.Errorf("beamkp: reading the header line: %w", err)
		}
	}
}

// Screen applies [ScreenFn] to the lines of the files that glob matches
// and returns KV<[Key], [Tally]>: the exact total of the records under
// each measure, year, outcome and unit.
func Screen(s beam.Scope, glob string, strict bool) beam.PCollection {
	s = s.Scope("beamkp.Screen")
	lines := textio.ReadWithFilename(s, glob)
	keyed := beam.ParDo(s, &ScreenFn{Strict: strict}, lines)
	return beam.CombinePerKey(s, &TallyFn{}, keyed)
}
