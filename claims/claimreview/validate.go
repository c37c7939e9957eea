package claimreview

import (
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"sort"

	"github.com/factcheck/factcheck/claims"
)

// vocabulary is, for each schema.org type a ClaimReview here uses, the
// properties schema.org defines on it (its own and inherited from Review,
// CreativeWork and Thing) and, for those that hold an object, the types
// allowed there.
var vocabulary = map[string]map[string][]string{
	"ClaimReview": {
		"claimReviewed": nil, "itemReviewed": {"Claim"}, "reviewRating": {"Rating"}, "reviewBody": nil,
		"author": {"Organization", "Person"}, "datePublished": nil, "url": nil, "citation": {"CreativeWork", "NewsArticle"},
	},
	"Claim": {
		"text": nil, "author": {"Organization", "Person"}, "datePublished": nil,
		"appearance": {"CreativeWork", "NewsArticle"}, "firstAppearance": {"CreativeWork", "NewsArticle"},
	},
	"CreativeWork": {"url": nil, "headline": nil, "publisher": {"Organization", "Person"}, "datePublished": nil, "text": nil},
	"NewsArticle":  {"url": nil, "headline": nil, "publisher": {"Organization", "Person"}, "datePublished": nil, "text": nil},
	"Rating":       {"ratingValue": nil, "bestRating": nil, "worstRating": nil, "alternateName": nil},
	"Organization": {"name": nil, "url": nil},
	"Person":       {"name": nil, "url": nil},
}

// Validate checks a ClaimReview JSON-LD document and returns its problems,
// none when it is valid: every object has a known @type and only
// properties schema.org defines for it, holding the types it allows;
// the properties the ClaimReview guidelines require are there (url,
// claimReviewed, reviewRating with alternateName) and so are the
// recommended ones (author with a name, datePublished, itemReviewed as a
// Claim with its author, datePublished and appearance); a numeric rating
// lies between worstRating and bestRating; URLs are absolute and dates ISO
// 8601.
func Validate(doc []byte) []string { return validate(doc, true) }

// ValidateCheck is Validate for the review of a check: the statement
// checked is the caller's, so it has no author, date or appearance to
// name, and only those recommendations are waived.
func ValidateCheck(doc []byte) []string { return validate(doc, false) }

// validate checks doc; itemContext asks for the reviewed item's author,
// date and appearance.
func validate(doc []byte, itemContext bool) []string {
	var root map[string]any
	if err := json.Unmarshal(doc, &root); err != nil {
		return []string{fmt.Sprintf("not a JSON object: %v", err)}
	}
	var problems []string
	add := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	if ctx, _ := root["@context"].(string); ctx != "https://schema.org" && ctx != "http://schema.org" {
		add("@context is %q, want https://schema.org", root["@context"])
	}
	checkObject("ClaimReview", root, []string{"ClaimReview"}, add)

	for _, p := range []string{"url", "claimReviewed", "reviewRating", "author", "datePublished", "itemReviewed"} {
		if isEmpty(root[p]) {
			add("ClaimReview.%s is missing", p)
		}
	}
	if r, ok := root["reviewRating"].(map[string]any); ok {
		if isEmpty(r["alternateName"]) {
			add("reviewRating.alternateName (the rating in words) is missing")
		}
		if v, ok := r["ratingValue"].(float64); ok {
			lo, okLo := r["worstRating"].(float64)
			hi, okHi := r["bestRating"].(float64)
			if !okLo || !okHi || lo >= hi || v < lo || v > hi {
				add("reviewRating.ratingValue %v is not within worstRating %v and bestRating %v", v, r["worstRating"], r["bestRating"])
			}
		}
	}
	if a, ok := root["author"].(map[string]any); ok && isEmpty(a["name"]) {
		add("author.name is missing")
	}
	if item, ok := root["itemReviewed"].(map[string]any); ok && itemContext {
		for _, p := range []string{"author", "datePublished"} {
			if isEmpty(item[p]) {
				add("itemReviewed.%s is missing (recommended)", p)
			}
		}
		if isEmpty(item["appearance"]) && isEmpty(item["firstAppearance"]) {
			add("itemReviewed has neither appearance nor firstAppearance (recommended)")
		}
	}
	sort.Strings(problems)
	return problems
}

// checkObject checks obj, found at path, against the vocabulary: its
// @type is one of allowed, each property is defined for that type, and
// nested objects in turn. String properties named url must be absolute
// URLs; datePublished an ISO 8601 date.
func checkObject(path string, obj map[string]any, allowed []string, add func(string, ...any)) {
	typ, _ := obj["@type"].(string)
	props, known := vocabulary[typ]
	if !known || (allowed != nil && !slices.Contains(allowed, typ)) {
		add("%s has @type %q, want one of %v", path, obj["@type"], allowed)
		return
	}
	for name, v := range obj {
		if name == "@type" || name == "@context" {
			continue
		}
		types, defined := props[name]
		if !defined {
			add("%s.%s is not a schema.org property of %s", path, name, typ)
			continue
		}
		at := path + "." + name
		switch v := v.(type) {
		case map[string]any:
			if types == nil {
				add("%s holds an object, schema.org wants text or a number", at)
				continue
			}
			checkObject(at, v, types, add)
		case []any:
			for i, e := range v {
				if o, ok := e.(map[string]any); ok && types != nil {
					checkObject(fmt.Sprintf("%s[%d]", at, i), o, types, add)
				} else {
					add("%s[%d] is not a %v", at, i, types)
				}
			}
		case string:
			switch name {
			case "url":
				if u, err := url.Parse(v); err != nil || !u.IsAbs() || u.Host == "" {
					add("%s %q is not an absolute URL", at, v)
				}
			case "datePublished":
				if _, err := claims.ParseMoment(v); err != nil {
					add("%s %q is not an ISO 8601 date", at, v)
				}
			}
		}
	}
}

// isEmpty reports whether a JSON value is missing, null or "".
func isEmpty(v any) bool {
	s, isString := v.(string)
	return v == nil || (isString && s == "")
}
