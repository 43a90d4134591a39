-- Migration 8: the yearly fee cycle (alkoholforskriften chapter 6, rules.md D, issue 6).
-- turnover_report: one omsetningsoppgave per licence and filing year: last year's actual litres
-- (year - 1) and this year's expected litres per alcohol group. A row without received_on records a
-- request or a reminder for a report that has not arrived.
-- fee_line: the invoice basis once issued (one row per invoice line); amounts in whole øre.
-- fee_payment: payments registered against a line.
-- Dates are ISO 8601 text, timestamps ISO 8601 UTC text, kinds their stable keys (FeeTexts).

CREATE TABLE turnover_report (
    id INTEGER PRIMARY KEY,
    licence_id INTEGER NOT NULL REFERENCES licence (id),
    year INTEGER NOT NULL,
    received_on TEXT,
    -- Last year's (year - 1) actual litres; all three NULL: not reported (a new licence).
    actual_group1 REAL CHECK (actual_group1 IS NULL OR actual_group1 >= 0),
    actual_group2 REAL CHECK (actual_group2 IS NULL OR actual_group2 >= 0),
    actual_group3 REAL CHECK (actual_group3 IS NULL OR actual_group3 >= 0),
    -- This year's expected litres; all three NULL: not reported (a final report after closure).
    expected_group1 REAL CHECK (expected_group1 IS NULL OR expected_group1 >= 0),
    expected_group2 REAL CHECK (expected_group2 IS NULL OR expected_group2 >= 0),
    expected_group3 REAL CHECK (expected_group3 IS NULL OR expected_group3 >= 0),
    auditor_confirmed INTEGER NOT NULL DEFAULT 0,
    requested_on TEXT,
    reminder_sent_on TEXT,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (licence_id, year)
);
CREATE INDEX turnover_report_year_idx ON turnover_report (year);

CREATE TABLE fee_line (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL,
    licence_id INTEGER NOT NULL REFERENCES licence (id),
    kind TEXT NOT NULL,
    basis_year INTEGER NOT NULL,
    case_id INTEGER REFERENCES case_file (id),
    -- The litres the amount is computed from (true-up: actual), and for a true-up the expected ones.
    litres_group1 REAL,
    litres_group2 REAL,
    litres_group3 REAL,
    expected_group1 REAL,
    expected_group2 REAL,
    expected_group3 REAL,
    amount_ore INTEGER NOT NULL,
    minimum_applied INTEGER NOT NULL DEFAULT 0,
    basis TEXT NOT NULL DEFAULT '',
    issued_on TEXT NOT NULL,
    due_on TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX fee_line_year_idx ON fee_line (year);
CREATE INDEX fee_line_licence_idx ON fee_line (licence_id);

CREATE TABLE fee_payment (
    id INTEGER PRIMARY KEY,
    fee_line_id INTEGER NOT NULL REFERENCES fee_line (id),
    paid_on TEXT NOT NULL,
    amount_ore INTEGER NOT NULL CHECK (amount_ore > 0),
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX fee_payment_line_idx ON fee_payment (fee_line_id);
