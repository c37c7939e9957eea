package client

// serviceConfig retries every factcheck call (reads, CreateDocument, which
// is idempotent by id and text, and DeleteDocument, whose retry after a
// lost answer says NOT_FOUND) up to four attempts when the server answers UNAVAILABLE, with
// exponential backoff from 100ms to 1s. The caller's deadline still bounds
// the whole call. See https://github.com/grpc/grpc/blob/master/doc/service_config.md.
const serviceConfig = `{
  "methodConfig": [{
    "name": [{"service": "factcheck.v1.FactCheckService"}],
    "retryPolicy": {
      "maxAttempts": 4,
      "initialBackoff": "0.1s",
      "maxBackoff": "1s",
      "backoffMultiplier": 2,
      "retryableStatusCodes": ["UNAVAILABLE"]
    }
  }]
}`

// noRetryConfig is the service config used with WithoutRetries.
const noRetryConfig = `{}`
