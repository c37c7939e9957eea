package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// mix is the statements the load runs cycle through, written for this
// test: short and long, supported, contradicted, hedged, dated, offices,
// and things the corpus says nothing about.
var mix = []string{
	"Putin will skip the G20 summit in India",
	"Lavrov is Russia's defence minister",
	"Shoigu heads the Russian defence ministry",
	"Kim Jong Un plans to travel to Russia by armoured train.",
	"The G20 summit in New Delhi is held on 9 and 10 September 2023.",
	"China's president will be at the summit in New Delhi in person.",
	"North Korea could send weapons to Russia and get food in return.",
	"The Eastern Economic Forum takes place in Vladivostok.",
	"Putin went to the BRICS summit in Johannesburg in person.",
	"The Korean War ended with an armistice in 1953.",
	"Shoigu was shown missiles by Kim during a visit to Pyongyang.",
	"The ICC wants Putin arrested for war crimes.",
	"The price of coffee rose sharply in Brazil last winter.",
	"Li Qiang leads the Chinese delegation, and Xi stays at home.",
	"Biden is expected at the summit in India, as is Sunak.",
	"In the summer of 2023 the Russian defence minister visited Pyongyang for the armistice anniversary, " +
		"where the North Korean leader showed him missiles; weeks later the two leaders exchanged letters.",
}

// writeMix writes the mix as a ghz data file, a JSON array of
// CheckClaimRequest messages that ghz sends round robin.
func writeMix(dir string) (string, error) {
	reqs := make([]map[string]string, len(mix))
	for i, s := range mix {
		reqs[i] = map[string]string{"statement": s}
	}
	b, err := json.Marshal(reqs)
	if err != nil {
		return "", fmt.Errorf("encode mix: %w", err)
	}
	path := filepath.Join(dir, "mix.json")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		return "", fmt.Errorf("write mix: %w", err)
	}
	return path, nil
}
