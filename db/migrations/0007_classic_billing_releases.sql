CREATE TABLE "contract_invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"number" text NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"description" text NOT NULL,
	"billed_to" text DEFAULT '' NOT NULL,
	"purchase_order_number" text,
	"issued_by" text,
	CONSTRAINT "contract_invoices_number_unique" UNIQUE("number"),
	CONSTRAINT "contract_invoices_period" CHECK ("contract_invoices"."period_end" > "contract_invoices"."period_start")
);
--> statement-breakpoint
CREATE TABLE "release_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"version" text NOT NULL,
	"contract_id" uuid NOT NULL,
	"recipient_id" text,
	"notes" text DEFAULT '' NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contracts" ADD COLUMN "billing_contact_name" text;--> statement-breakpoint
ALTER TABLE "contracts" ADD COLUMN "billing_contact_email" text;--> statement-breakpoint
ALTER TABLE "contracts" ADD COLUMN "billing_address" text;--> statement-breakpoint
ALTER TABLE "contracts" ADD COLUMN "purchase_order_number" text;--> statement-breakpoint
ALTER TABLE "contract_invoices" ADD CONSTRAINT "contract_invoices_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_invoices" ADD CONSTRAINT "contract_invoices_issued_by_people_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_notices" ADD CONSTRAINT "release_notices_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_notices" ADD CONSTRAINT "release_notices_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_notices" ADD CONSTRAINT "release_notices_recipient_id_people_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contract_invoices_contract" ON "contract_invoices" USING btree ("contract_id","issued_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "release_notices_once" ON "release_notices" USING btree ("product_id","version","contract_id");--> statement-breakpoint
CREATE INDEX "release_notices_contract" ON "release_notices" USING btree ("contract_id","sent_at" DESC NULLS LAST);