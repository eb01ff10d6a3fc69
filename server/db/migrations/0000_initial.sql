CREATE TABLE "audit_events" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"id" text NOT NULL,
	"at" text NOT NULL,
	"user_id" text NOT NULL,
	"user_name" text NOT NULL,
	"role" text NOT NULL,
	"evidence_id" text NOT NULL,
	"contract_id" text NOT NULL,
	"contract_reference" text NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"verified_quantity" double precision,
	"comment" text NOT NULL,
	CONSTRAINT "audit_events_action_known" CHECK ("audit_events"."action" in ('uploaded', 'verify', 'reject', 'query'))
);
--> statement-breakpoint
CREATE TABLE "commitment_profile" (
	"commitment_id" text NOT NULL,
	"position" integer NOT NULL,
	"quarter" text NOT NULL,
	"quarter_serial" integer NOT NULL,
	"quantity" double precision NOT NULL,
	CONSTRAINT "commitment_profile_commitment_id_position_pk" PRIMARY KEY("commitment_id","position")
);
--> statement-breakpoint
CREATE TABLE "commitments" (
	"id" text PRIMARY KEY NOT NULL,
	"ordinal" integer NOT NULL,
	"contract_id" text NOT NULL,
	"measure_code" text NOT NULL,
	"area" text NOT NULL,
	"total" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contracts" (
	"id" text PRIMARY KEY NOT NULL,
	"ordinal" integer NOT NULL,
	"reference" text NOT NULL,
	"title" text NOT NULL,
	"supplier_id" text NOT NULL,
	"category" text NOT NULL,
	"value" double precision NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"status" text NOT NULL,
	"boroughs" text[] NOT NULL,
	"region_wide" boolean NOT NULL,
	"manager_id" text NOT NULL,
	"themes" text[] NOT NULL,
	"search_text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"evidence_id" text NOT NULL,
	"user_id" text NOT NULL,
	"decision" text NOT NULL,
	"comment" text NOT NULL,
	"verified_quantity" double precision,
	"version" integer NOT NULL,
	"at" timestamp(3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence" (
	"id" text PRIMARY KEY NOT NULL,
	"ordinal" integer NOT NULL,
	"return_id" text NOT NULL,
	"contract_id" text NOT NULL,
	"commitment_id" text NOT NULL,
	"measure_code" text NOT NULL,
	"area" text NOT NULL,
	"quarter" text NOT NULL,
	"type" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"uploaded_by" text NOT NULL,
	"uploaded_at" text NOT NULL,
	"claimed_quantity" double precision NOT NULL,
	"verified_quantity" double precision NOT NULL,
	"status" text NOT NULL,
	"version" integer NOT NULL,
	"narrative" text,
	"file_key" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measures" (
	"code" text PRIMARY KEY NOT NULL,
	"ordinal" integer NOT NULL,
	"name" text NOT NULL,
	"theme" text NOT NULL,
	"unit" text NOT NULL,
	"headline" text,
	"proxy_value" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"as_of" date NOT NULL,
	"reporting_quarter" text NOT NULL,
	"first_financial_year" integer NOT NULL,
	"last_financial_year" integer NOT NULL,
	"demo_seed" integer,
	"demo_contracts" integer,
	"data_version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supplier_returns" (
	"id" text PRIMARY KEY NOT NULL,
	"ordinal" integer NOT NULL,
	"contract_id" text NOT NULL,
	"commitment_id" text NOT NULL,
	"measure_code" text NOT NULL,
	"area" text NOT NULL,
	"quarter" text NOT NULL,
	"quarter_serial" integer NOT NULL,
	"claimed" double precision NOT NULL,
	"verified" double precision NOT NULL,
	"due_on" date NOT NULL,
	"submitted_on" date,
	"status" text NOT NULL,
	"evidence_count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "suppliers" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"company_number" text NOT NULL,
	"sme" boolean NOT NULL,
	"vcse" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"ordinal" integer NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "commitment_profile" ADD CONSTRAINT "commitment_profile_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_measure_code_measures_code_fk" FOREIGN KEY ("measure_code") REFERENCES "public"."measures"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_manager_id_users_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_return_id_supplier_returns_id_fk" FOREIGN KEY ("return_id") REFERENCES "public"."supplier_returns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_returns" ADD CONSTRAINT "supplier_returns_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_returns" ADD CONSTRAINT "supplier_returns_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_events_id" ON "audit_events" USING btree ("id");--> statement-breakpoint
CREATE INDEX "audit_events_at" ON "audit_events" USING btree ("at","seq");--> statement-breakpoint
CREATE INDEX "audit_events_evidence" ON "audit_events" USING btree ("evidence_id","seq");--> statement-breakpoint
CREATE INDEX "audit_events_contract" ON "audit_events" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "audit_events_user" ON "audit_events" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "audit_events_action" ON "audit_events" USING btree ("action","at");--> statement-breakpoint
CREATE INDEX "commitment_profile_serial" ON "commitment_profile" USING btree ("quarter_serial","commitment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "commitments_ordinal" ON "commitments" USING btree ("ordinal");--> statement-breakpoint
CREATE INDEX "commitments_contract" ON "commitments" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "commitments_measure" ON "commitments" USING btree ("measure_code");--> statement-breakpoint
CREATE INDEX "commitments_area" ON "commitments" USING btree ("area");--> statement-breakpoint
CREATE UNIQUE INDEX "contracts_reference" ON "contracts" USING btree ("reference");--> statement-breakpoint
CREATE UNIQUE INDEX "contracts_ordinal" ON "contracts" USING btree ("ordinal");--> statement-breakpoint
CREATE INDEX "contracts_status" ON "contracts" USING btree ("status");--> statement-breakpoint
CREATE INDEX "contracts_manager" ON "contracts" USING btree ("manager_id");--> statement-breakpoint
CREATE INDEX "contracts_supplier" ON "contracts" USING btree ("supplier_id");--> statement-breakpoint
CREATE INDEX "contracts_boroughs" ON "contracts" USING gin ("boroughs");--> statement-breakpoint
CREATE INDEX "contracts_themes" ON "contracts" USING gin ("themes");--> statement-breakpoint
CREATE INDEX "contracts_title" ON "contracts" USING btree ("title");--> statement-breakpoint
CREATE INDEX "contracts_value" ON "contracts" USING btree ("value");--> statement-breakpoint
CREATE INDEX "contracts_end_date" ON "contracts" USING btree ("end_date");--> statement-breakpoint
CREATE INDEX "decisions_evidence" ON "decisions" USING btree ("evidence_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_ordinal" ON "evidence" USING btree ("ordinal");--> statement-breakpoint
CREATE INDEX "evidence_status_uploaded" ON "evidence" USING btree ("status","uploaded_at");--> statement-breakpoint
CREATE INDEX "evidence_uploaded" ON "evidence" USING btree ("uploaded_at");--> statement-breakpoint
CREATE INDEX "evidence_contract" ON "evidence" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "evidence_commitment" ON "evidence" USING btree ("commitment_id");--> statement-breakpoint
CREATE INDEX "evidence_return" ON "evidence" USING btree ("return_id");--> statement-breakpoint
CREATE INDEX "evidence_quarter" ON "evidence" USING btree ("quarter");--> statement-breakpoint
CREATE INDEX "evidence_measure" ON "evidence" USING btree ("measure_code");--> statement-breakpoint
CREATE UNIQUE INDEX "supplier_returns_ordinal" ON "supplier_returns" USING btree ("ordinal");--> statement-breakpoint
CREATE INDEX "supplier_returns_commitment" ON "supplier_returns" USING btree ("commitment_id","quarter_serial");--> statement-breakpoint
CREATE INDEX "supplier_returns_contract" ON "supplier_returns" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "supplier_returns_serial" ON "supplier_returns" USING btree ("quarter_serial","commitment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "suppliers_company_number" ON "suppliers" USING btree ("company_number");--> statement-breakpoint
CREATE INDEX "suppliers_name" ON "suppliers" USING btree ("name");