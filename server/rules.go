package server

import (
	"errors"
	"fmt"
	"sync"

	"buf.build/go/protovalidate"
	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
	"google.golang.org/protobuf/proto"
)

// requestValidator compiles the buf.validate rules of every request
// message once, at first use. The rules live in the proto
// (proto/factcheck/v1/factcheck.proto); protovalidate evaluates them.
var requestValidator = sync.OnceValues(func() (protovalidate.Validator, error) {
	v, err := protovalidate.New(protovalidate.WithMessages(
		&factcheckv1.CheckClaimRequest{},
		&factcheckv1.ListClaimsRequest{},
		&factcheckv1.GetClaimRequest{},
		&factcheckv1.ListDocumentsRequest{},
		&factcheckv1.GetDocumentRequest{},
		&factcheckv1.ListInconsistenciesRequest{},
	))
	if err != nil {
		return nil, fmt.Errorf("compile request rules: %w", err)
	}
	return v, nil
})

// validateRules checks msg against the buf.validate rules of its type. It
// returns nil, an *invalidRequest with one violation per broken rule
// (field paths as protovalidate prints them: "statement", "as_of"), or an
// EINTERNAL error when the rules themselves cannot be evaluated.
func validateRules(msg proto.Message) error {
	v, err := requestValidator()
	if err != nil {
		return err
	}
	err = v.Validate(msg)
	var verr *protovalidate.ValidationError
	if !errors.As(err, &verr) {
		if err != nil {
			return fmt.Errorf("validate %s: %w", msg.ProtoReflect().Descriptor().FullName(), err)
		}
		return nil
	}
	var inv invalidRequest
	seen := make(map[string]bool)
	for _, viol := range verr.Violations {
		field := protovalidate.FieldPathString(viol.Proto.GetField())
		if seen[field] {
			continue // one violation a field, like the hand-written checks
		}
		seen[field] = true
		inv.add(field, "%s", viol.Proto.GetMessage())
	}
	return inv.err()
}
