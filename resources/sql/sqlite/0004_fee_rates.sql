-- Migration 4: the register's national fee-rate table (alkoholforskriften § 6-2), one row per
-- calendar year: kroner per litre by alcohol group and the minimum fee for sales and serving
-- licences, the cap per occasion for travelling licences, and where the rates come from.
-- NULL in sale_group2 or travelling_cap means the rate is unknown for that year. A register
-- without rows uses the table shipped with the program (resources/rates/national-fee-rates.json);
-- FeeRateRepository writes that table first when an administrator adds or corrects a year.
CREATE TABLE fee_rate (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL UNIQUE,
    sale_group1 REAL NOT NULL,
    sale_group2 REAL,
    sale_minimum REAL NOT NULL,
    serving_group1 REAL NOT NULL,
    serving_group2 REAL NOT NULL,
    serving_group3 REAL NOT NULL,
    serving_minimum REAL NOT NULL,
    travelling_cap REAL,
    source TEXT NOT NULL,
    created_at TEXT NOT NULL,
    os_user TEXT NOT NULL
);
