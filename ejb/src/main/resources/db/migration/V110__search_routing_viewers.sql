-- Search permission trimming follows routing: the people a part of an incoming document was given to, and
-- the departments the parts were given to (whose heads see them), are kept beside the search row and indexed.
CREATE TABLE search_document_user (
    record_id  BIGINT NOT NULL REFERENCES search_document (id),
    user_id    BIGINT NOT NULL,
    CONSTRAINT pk_search_document_user PRIMARY KEY (record_id, user_id)
);
CREATE TABLE search_document_assigned_department (
    record_id      BIGINT NOT NULL REFERENCES search_document (id),
    department_id  BIGINT NOT NULL,
    CONSTRAINT pk_search_document_assigned_department PRIMARY KEY (record_id, department_id)
);
INSERT INTO search_document_user (record_id, user_id)
SELECT DISTINCT r.id, a.assignee_user_id FROM search_document r
JOIN routing_assignment a ON a.document_id = r.document_id
WHERE r.kind = 'INCOMING' AND a.assignee_user_id IS NOT NULL;
INSERT INTO search_document_assigned_department (record_id, department_id)
SELECT DISTINCT r.id, a.assignee_department_id FROM search_document r
JOIN routing_assignment a ON a.document_id = r.document_id
WHERE r.kind = 'INCOMING';
-- the routed rows once more to the index, which learns the new fields
INSERT INTO search_outbox (record_id, created_at)
SELECT DISTINCT r.id, CURRENT_TIMESTAMP FROM search_document r
JOIN routing_assignment a ON a.document_id = r.document_id WHERE r.kind = 'INCOMING';
