// schema: constraints and indexes of the graph model, generated from graph/model.yaml by
// scripts/generate_model_files.py (do not edit; a test compares). Applied before every load;
// every statement is idempotent (IF NOT EXISTS). Statements end with a semicolon.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT operation_id IF NOT EXISTS FOR (n:Operation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (n:Correction) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT correction_log_id IF NOT EXISTS FOR (n:CorrectionLog) REQUIRE n.id IS UNIQUE;

CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX document_sha256 IF NOT EXISTS FOR (n:Document) ON (n.sha256);
CREATE INDEX country_name IF NOT EXISTS FOR (n:Country) ON (n.name);
CREATE INDEX country_iso2 IF NOT EXISTS FOR (n:Country) ON (n.iso2);
CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
CREATE INDEX operation_name IF NOT EXISTS FOR (n:Operation) ON (n.name);
CREATE INDEX operation_year IF NOT EXISTS FOR (n:Operation) ON (n.year);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX event_name IF NOT EXISTS FOR (n:Event) ON (n.name);
CREATE INDEX correction_key IF NOT EXISTS FOR (n:Correction) ON (n.key);
CREATE INDEX correction_withdraws IF NOT EXISTS FOR (n:Correction) ON (n.withdraws);
CREATE INDEX operation_year_id IF NOT EXISTS FOR (n:Operation) ON (n.year, n.id);

// Fuzzy search by name and alias (`alias_text`: a fulltext index cannot read a list).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Country|Organisation|Operation|Person|Place|Event) ON EACH [n.name, n.alias_text];
