CREATE TABLE "import_changes" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"run_id" text NOT NULL,
	"subject" text NOT NULL,
	"key" text NOT NULL,
	"field" text NOT NULL,
	"from_value" text,
	"to_value" text NOT NULL,
	CONSTRAINT "import_changes_subject_known" CHECK ("import_changes"."subject" in ('contract', 'commitment', 'supplier'))
);
--> statement-breakpoint
CREATE TABLE "import_runs" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"id" text NOT NULL,
	"at" text NOT NULL,
	"user_id" text NOT NULL,
	"files" text[] NOT NULL,
	"counts" jsonb NOT NULL,
	"change_count" integer NOT NULL,
	CONSTRAINT "import_runs_id_unique" UNIQUE("id")
);
--> statement-breakpoint
ALTER TABLE "import_changes" ADD CONSTRAINT "import_changes_run_id_import_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."import_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_changes_run" ON "import_changes" USING btree ("run_id","seq");--> statement-breakpoint
CREATE INDEX "import_changes_key" ON "import_changes" USING btree ("subject","key");--> statement-breakpoint
CREATE INDEX "import_runs_at" ON "import_runs" USING btree ("at");