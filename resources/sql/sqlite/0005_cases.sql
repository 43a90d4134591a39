-- Migration 5: case processing (rules.md G.3, G.4): an application from the day it arrives to its
-- decision, notification, appeal and closing, with statements (høring), attachments and the
-- case's own history of status changes and reassignments.
-- Dates are ISO 8601 text (YYYY-MM-DD), timestamps ISO 8601 UTC text, enumerations their stable
-- keys (CaseTexts). "case" is an SQL keyword, hence case_file.

CREATE TABLE case_file (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    case_type TEXT NOT NULL,
    status TEXT NOT NULL,
    close_reason TEXT,
    received_on TEXT NOT NULL,
    complete_on TEXT,
    assigned_to TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    licence_id INTEGER REFERENCES licence (id),
    -- What is applied for, in the shape of a licence (the licence JSON of docs/exchange-format.md).
    application TEXT NOT NULL,
    -- JSON array of strings.
    missing_attachments TEXT NOT NULL DEFAULT '[]',
    children_youth INTEGER NOT NULL DEFAULT 0,
    public_place INTEGER NOT NULL DEFAULT 0,
    boat INTEGER NOT NULL DEFAULT 0,
    attendance INTEGER CHECK (attendance IS NULL OR attendance >= 0),
    event_type TEXT NOT NULL DEFAULT '',
    requested_hours TEXT NOT NULL DEFAULT '',
    transfer_date TEXT,
    transfer_agreement INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    -- The decision; decision_outcome is NULL until one is recorded.
    decision_outcome TEXT,
    decision_body TEXT,
    decided_by TEXT NOT NULL DEFAULT '',
    decided_on TEXT,
    decision_reference TEXT NOT NULL DEFAULT '',
    decision_reason TEXT NOT NULL DEFAULT '',
    decision_valid_from TEXT,
    decision_valid_to TEXT,
    decision_conditions TEXT NOT NULL DEFAULT '',
    notified_on TEXT,
    -- The appeal; appeal_received is NULL until one is registered.
    appeal_received TEXT,
    appellant TEXT NOT NULL DEFAULT '',
    appeal_grounds TEXT NOT NULL DEFAULT '',
    appeal_reconsideration TEXT,
    appeal_reconsidered_on TEXT,
    appeal_sent_on TEXT,
    appeal_outcome TEXT,
    appeal_outcome_on TEXT,
    appeal_note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX case_file_status_idx ON case_file (status);
CREATE INDEX case_file_licence_idx ON case_file (licence_id);
CREATE INDEX case_file_assigned_idx ON case_file (assigned_to);

CREATE TABLE case_statement (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    party TEXT NOT NULL,
    party_name TEXT NOT NULL DEFAULT '',
    requested TEXT NOT NULL,
    deadline TEXT,
    -- JSON array of the dates reminders were sent, in order.
    reminders TEXT NOT NULL DEFAULT '[]',
    replied TEXT,
    reply TEXT,
    reply_text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_statement_case_idx ON case_statement (case_id);

CREATE TABLE case_attachment (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    mime_type TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL CHECK (size >= 0),
    sha256 TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL DEFAULT '',
    content BLOB NOT NULL
);
CREATE INDEX case_attachment_case_idx ON case_attachment (case_id);

CREATE TABLE case_event (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    os_user TEXT NOT NULL,
    kind TEXT NOT NULL,
    from_value TEXT NOT NULL DEFAULT '',
    to_value TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_event_case_idx ON case_event (case_id);
