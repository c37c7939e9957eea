-- Documents created at run time (claims.DocumentStore). seq orders them
-- by creation; text_sha256 lets a reader check the text it got.
CREATE TABLE documents (
    id          text PRIMARY KEY,
    seq         bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    publisher   text NOT NULL,
    headline    text NOT NULL,
    url         text NOT NULL DEFAULT '',
    published   date NOT NULL,
    date_note   text NOT NULL,
    language    text NOT NULL,
    text        text NOT NULL,
    text_sha256 bytea NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
