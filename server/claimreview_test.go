package server_test

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims/claimreview"
	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
	"github.com/factcheck/factcheck/server"
	"github.com/factcheck/factcheck/server/servertest"
	"google.golang.org/protobuf/encoding/protojson"
)

func TestClaimReviewOnRequest(t *testing.T) {
	t.Parallel()
	rev := claimreview.Reviewer{Name: "Example Desk", URL: "https://desk.example.org/reviews"}
	_, conn := start(t, servertest.Sample(), server.WithClaimReviewer(rev))
	api := factcheckv1.NewFactCheckServiceClient(conn)
	c := ctx(t)

	plain, err := api.CheckClaim(c, &factcheckv1.CheckClaimRequest{Statement: "Ada Stone opened the Riverside Bridge"})
	if err != nil {
		t.Fatal(err)
	}
	if plain.GetClaimReview() != nil {
		t.Error("a ClaimReview nobody asked for")
	}
	res, err := api.CheckClaim(c, &factcheckv1.CheckClaimRequest{Statement: "Ada Stone opened the Riverside Bridge", ClaimReview: true})
	if err != nil {
		t.Fatal(err)
	}
	b, err := protojson.Marshal(res.GetClaimReview())
	if err != nil {
		t.Fatal(err)
	}
	if problems := claimreview.ValidateCheck(b); len(problems) > 0 || !strings.Contains(string(b), "Supported by the sources") ||
		!strings.Contains(string(b), "Example Desk") || !strings.Contains(string(b), "https://example.org/bridge") {
		t.Errorf("check ClaimReview: %v\n%s", problems, b)
	}

	list, err := api.ListInconsistencies(c, &factcheckv1.ListInconsistenciesRequest{ClaimReview: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(list.GetInconsistencies()) == 0 {
		t.Fatal("no findings in the sample")
	}
	for _, in := range list.GetInconsistencies() {
		b, err := protojson.Marshal(in.GetClaimReview())
		if err != nil {
			t.Fatal(err)
		}
		if problems := claimreview.Validate(b); len(problems) > 0 {
			t.Errorf("finding %s ClaimReview: %v\n%s", in.GetId(), problems, b)
		}
	}
}
