-- The action log (nhật ký thao tác): every registration, view and download of a document, as a hash chain.
-- Each entry stores the SHA-256 of its canonical content (vn.congvan.domain.model.audit.ActionEntry), which
-- includes the hash of the entry before it. Writers serialize on the single row of action_log_head
-- (SELECT ... FOR UPDATE, in the transaction of the action), so the chain never forks.
-- Portable SQL: runs on PostgreSQL 15+ and H2 2.2.

CREATE TABLE action_log (
    seq            BIGINT       NOT NULL PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    agency_id      BIGINT       REFERENCES agency (id),
    user_id        BIGINT       REFERENCES app_user (id),
    username       VARCHAR(64)  NOT NULL,
    action         VARCHAR(20)  NOT NULL,
    document_kind  VARCHAR(20),
    document_id    BIGINT,
    attachment_id  BIGINT,
    detail         VARCHAR(500),
    prev_hash      CHAR(64)     NOT NULL,
    entry_hash     CHAR(64)     NOT NULL,
    CONSTRAINT ck_action_log_seq CHECK (seq >= 1)
);
CREATE INDEX ix_action_log_document ON action_log (document_kind, document_id, seq);

-- The end of the chain: the last number and hash written. One row, id 1.
CREATE TABLE action_log_head (
    id         INTEGER  NOT NULL PRIMARY KEY,
    last_seq   BIGINT   NOT NULL,
    last_hash  CHAR(64) NOT NULL,
    CONSTRAINT ck_action_log_head_single CHECK (id = 1)
);
INSERT INTO action_log_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
