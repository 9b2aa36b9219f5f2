-- Hand-edited after drizzle-kit generate (foundation): besides the generated tables and
-- columns, this migration adds what drizzle cannot express:
--   * statement-level triggers that keep the seat counters (named_seat_counts per account and
--     product, contract_products.assigned per classic contract product) equal to the
--     assignments, in the same transaction as every insert, update and delete of an assignment,
--     cascades included (UM-9, CL-12), and a backfill of both from the existing assignments;
--   * people_matching(pattern): the people whose name or email contains the pattern, found
--     through the trigram indexes (sequential scans off inside the function, whose body is
--     planned when it runs), for By User's search (lib/accounts/named-users/list-named-users.ts);
--   * people_sort_name rebuilt with INCLUDE (name, email, first_name, last_name), which drizzle cannot declare: By
--     User's search walks the name order index-only, testing the fragment on the index entries.
CREATE TABLE "named_seat_counts" (
	"account_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"assigned" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "named_seat_counts_account_id_product_id_pk" PRIMARY KEY("account_id","product_id"),
	CONSTRAINT "named_seat_counts_non_negative" CHECK ("named_seat_counts"."assigned" >= 0)
);
--> statement-breakpoint
ALTER TABLE "contract_products" ADD COLUMN "assigned" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "named_seat_counts" ADD CONSTRAINT "named_seat_counts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "named_seat_counts" ADD CONSTRAINT "named_seat_counts_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_products" ADD CONSTRAINT "contract_products_assigned" CHECK ("contract_products"."assigned" >= 0 and "contract_products"."assigned" <= "contract_products"."seats");
--> statement-breakpoint
CREATE FUNCTION "named_seat_counts_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- In product order, so two statements never wait on each other's counters in a circle.
  INSERT INTO named_seat_counts (account_id, product_id, assigned)
  SELECT account_id, product_id, count(*)::int FROM new_rows GROUP BY account_id, product_id ORDER BY account_id, product_id
  ON CONFLICT (account_id, product_id) DO UPDATE SET assigned = named_seat_counts.assigned + excluded.assigned;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "named_seat_counts_remove"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Lock the counters in key order first, as the insert does: two removals (or a removal and
  -- an assignment) touching the same products then queue instead of deadlocking.
  PERFORM 1 FROM named_seat_counts c
  WHERE (c.account_id, c.product_id) IN (SELECT account_id, product_id FROM old_rows)
  ORDER BY c.account_id, c.product_id FOR UPDATE;
  UPDATE named_seat_counts c SET assigned = c.assigned - d.n
  FROM (SELECT account_id, product_id, count(*)::int AS n FROM old_rows GROUP BY account_id, product_id) d
  WHERE c.account_id = d.account_id AND c.product_id = d.product_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "named_assignments_count_insert" AFTER INSERT ON "named_assignments" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION named_seat_counts_add();
--> statement-breakpoint
CREATE TRIGGER "named_assignments_count_delete" AFTER DELETE ON "named_assignments" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION named_seat_counts_remove();
--> statement-breakpoint
CREATE TRIGGER "named_assignments_count_update_old" AFTER UPDATE ON "named_assignments" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION named_seat_counts_remove();
--> statement-breakpoint
CREATE TRIGGER "named_assignments_count_update_new" AFTER UPDATE ON "named_assignments" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION named_seat_counts_add();
--> statement-breakpoint
CREATE FUNCTION "classic_seat_counts_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM contract_products cp
  WHERE (cp.contract_id, cp.product_id) IN (SELECT contract_id, product_id FROM new_rows)
  ORDER BY cp.contract_id, cp.product_id FOR UPDATE;
  UPDATE contract_products cp SET assigned = cp.assigned + a.n
  FROM (SELECT contract_id, product_id, count(*)::int AS n FROM new_rows GROUP BY contract_id, product_id) a
  WHERE cp.contract_id = a.contract_id AND cp.product_id = a.product_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "classic_seat_counts_remove"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM contract_products cp
  WHERE (cp.contract_id, cp.product_id) IN (SELECT contract_id, product_id FROM old_rows)
  ORDER BY cp.contract_id, cp.product_id FOR UPDATE;
  UPDATE contract_products cp SET assigned = cp.assigned - d.n
  FROM (SELECT contract_id, product_id, count(*)::int AS n FROM old_rows GROUP BY contract_id, product_id) d
  WHERE cp.contract_id = d.contract_id AND cp.product_id = d.product_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "classic_assignments_count_insert" AFTER INSERT ON "classic_assignments" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION classic_seat_counts_add();
--> statement-breakpoint
CREATE TRIGGER "classic_assignments_count_delete" AFTER DELETE ON "classic_assignments" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION classic_seat_counts_remove();
--> statement-breakpoint
CREATE TRIGGER "classic_assignments_count_update_old" AFTER UPDATE ON "classic_assignments" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION classic_seat_counts_remove();
--> statement-breakpoint
CREATE TRIGGER "classic_assignments_count_update_new" AFTER UPDATE ON "classic_assignments" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION classic_seat_counts_add();
--> statement-breakpoint
INSERT INTO named_seat_counts (account_id, product_id, assigned)
SELECT account_id, product_id, count(*)::int FROM named_assignments GROUP BY account_id, product_id;
--> statement-breakpoint
UPDATE contract_products cp SET assigned = a.n
FROM (SELECT contract_id, product_id, count(*)::int AS n FROM classic_assignments GROUP BY contract_id, product_id) a
WHERE cp.contract_id = a.contract_id AND cp.product_id = a.product_id;
--> statement-breakpoint
CREATE FUNCTION "people_matching"(pattern text) RETURNS TABLE (id text, name text, email text, first_name text, last_name text)
LANGUAGE sql STABLE SET enable_seqscan = off ROWS 200
AS $$ SELECT p.id, p.name, p.email, p.first_name, p.last_name FROM people p WHERE p.name ILIKE pattern OR p.email ILIKE pattern $$;
--> statement-breakpoint
DROP INDEX "people_sort_name";
--> statement-breakpoint
CREATE INDEX "people_sort_name" ON "people" USING btree (lower("last_name"), lower("first_name"), "id") INCLUDE ("name", "email", "first_name", "last_name");
