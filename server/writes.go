package server

import (
	"context"
	"fmt"

	"github.com/factcheck/factcheck/claims"
	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
	"google.golang.org/grpc"
)

// writeMethods are the methods that change the stored documents; they need
// WriteAccess.
var writeMethods = map[string]bool{
	factcheckv1.FactCheckService_CreateDocument_FullMethodName: true,
	factcheckv1.FactCheckService_DeleteDocument_FullMethodName: true,
}

// authorizeWrites refuses a write call the server's WriteAccess does not
// let in, before its request is validated or read further.
func (s *Server) authorizeWrites(ctx context.Context, req any, info *grpc.UnaryServerInfo, next grpc.UnaryHandler) (any, error) {
	if writeMethods[info.FullMethod] {
		if err := s.access.allow(ctx); err != nil {
			return nil, toStatus(err)
		}
	}
	return next(ctx, req)
}

// writer returns the installed document writer, or an error saying the
// server takes no writes.
func (s *Server) writer() (claims.DocumentWriter, error) {
	if s.docWriter == nil {
		return nil, claims.Errorf(claims.EPERMISSION, "this server serves reads only: it has no document store")
	}
	return s.docWriter, nil
}

// CreateDocument adds a document and answers it with the claims drawn
// from it and the audit's findings on it. Errors: see the proto.
func (a *api) CreateDocument(ctx context.Context, req *factcheckv1.CreateDocumentRequest) (*factcheckv1.CreateDocumentResponse, error) {
	w, err := a.s.writer()
	if err != nil {
		return nil, a.fail(ctx, err)
	}
	doc, err := documentFromProto(req)
	if err != nil {
		return nil, a.fail(ctx, err)
	}
	out, err := w.CreateDocument(ctx, claims.CreateDocumentRequest{Document: doc, ValidateOnly: req.GetValidateOnly()})
	if err != nil {
		if req.GetDocumentId() != "" {
			renameField(err, "document.id", "document_id")
		}
		return nil, a.fail(ctx, fmt.Errorf("create document: %w", err))
	}
	res := &factcheckv1.CreateDocumentResponse{
		Document:        documentToProto(out.Document, len(out.Claims), true),
		Inconsistencies: inconsistenciesToProto(out.Inconsistencies),
		Created:         out.Created,
	}
	for _, c := range out.Claims {
		res.Claims = append(res.Claims, claimToProto(c, out.Document))
	}
	return res, nil
}

// DeleteDocument removes a created document. Errors: see the proto.
func (a *api) DeleteDocument(ctx context.Context, req *factcheckv1.DeleteDocumentRequest) (*factcheckv1.DeleteDocumentResponse, error) {
	w, err := a.s.writer()
	if err != nil {
		return nil, a.fail(ctx, err)
	}
	if err := w.DeleteDocument(ctx, req.GetId()); err != nil {
		return nil, a.fail(ctx, fmt.Errorf("delete document: %w", err))
	}
	return &factcheckv1.DeleteDocumentResponse{}, nil
}

// documentFromProto converts a create request into the document to add.
// The id is document_id, or the document's own id when that is empty.
func documentFromProto(req *factcheckv1.CreateDocumentRequest) (*claims.Document, error) {
	p := req.GetDocument()
	d := &claims.Document{
		ID: req.GetDocumentId(), Publisher: p.GetPublisher(), Headline: p.GetHeadline(), URL: p.GetUrl(),
		DateNote: p.GetDateNote(), Language: p.GetLanguage(), Text: p.GetText(),
	}
	if d.ID == "" {
		d.ID = p.GetId()
	}
	if ts := p.GetPublished(); ts != nil {
		if err := ts.CheckValid(); err != nil {
			return nil, invalid(claims.FieldErrorf(claims.EINVALID, "document.published", "is not a valid timestamp"))
		}
		d.Published = ts.AsTime()
	}
	return d, nil
}

// renameField renames the field the domain errors in err blame from one
// name to another, where the request carries the value elsewhere.
func renameField(err error, from, to string) {
	for _, e := range fieldErrors(err) {
		if e.Field == from {
			e.Field = to
		}
	}
}
