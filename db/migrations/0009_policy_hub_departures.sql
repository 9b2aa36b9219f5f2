CREATE TYPE "public"."hub_departure_reason" AS ENUM('removed', 'left_while_deactivated');--> statement-breakpoint
CREATE TABLE "hub_departures" (
	"hub_id" uuid NOT NULL,
	"person_id" text NOT NULL,
	"reason" "hub_departure_reason" NOT NULL,
	"by_person_id" text,
	"departed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hub_departures_hub_id_person_id_pk" PRIMARY KEY("hub_id","person_id")
);
--> statement-breakpoint
ALTER TABLE "hub_departures" ADD CONSTRAINT "hub_departures_hub_id_hubs_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."hubs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_departures" ADD CONSTRAINT "hub_departures_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_departures" ADD CONSTRAINT "hub_departures_by_person_id_people_id_fk" FOREIGN KEY ("by_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hub_departures_person" ON "hub_departures" USING btree ("person_id");