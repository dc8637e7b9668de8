package sanctions

// unmarshalEnum finds the value among 0..n-1 whose name is text. It is the
// shared body of the UnmarshalText methods of the enumerations.
func unmarshalEnum[T ~uint8](typ string, text []byte, n T, name func(T) string) (T, error) {
	for v := T(0); v < n; v++ {
		if string(text) == name(v) {
			return v, nil
		}
	}
	return 0, &FieldError{Field: typ, Value: string(text), Reason: "not a known name", Err: ErrUnknownName}
}

// marshalEnum returns the name of v, or an error if v is out of range.
func marshalEnum[T ~uint8](typ string, v T, n T, name func(T) string) ([]byte, error) {
	if v >= n {
		return nil, &FieldError{Field: typ, Value: name(v), Reason: "cannot marshal an out-of-range value", Err: ErrUnknownName}
	}
	return []byte(name(v)), nil
}
