-- Hand-edited after drizzle-kit generate: besides the generated table, the statement triggers
-- that keep named_user_counts equal to the account's named users in the same transaction as
-- every insert, update and delete of named_users (cascades and any future door included, so a
-- rolled-back import leaves the count as it was), and a backfill from the existing rows.
CREATE TABLE "named_user_counts" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"users" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "named_user_counts_non_negative" CHECK ("named_user_counts"."users" >= 0)
);
--> statement-breakpoint
ALTER TABLE "named_user_counts" ADD CONSTRAINT "named_user_counts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE FUNCTION "named_user_counts_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- In account order, so two statements never wait on each other's counters in a circle;
  -- ON CONFLICT makes two first adds to one account queue on the same row.
  INSERT INTO named_user_counts (account_id, users)
  SELECT account_id, count(*)::int FROM new_rows GROUP BY account_id ORDER BY account_id
  ON CONFLICT (account_id) DO UPDATE SET users = named_user_counts.users + excluded.users;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "named_user_counts_remove"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Lock in account order first, as the insert does, so removals and adds queue, not deadlock.
  PERFORM 1 FROM named_user_counts c WHERE c.account_id IN (SELECT account_id FROM old_rows) ORDER BY c.account_id FOR UPDATE;
  UPDATE named_user_counts c SET users = c.users - d.n
  FROM (SELECT account_id, count(*)::int AS n FROM old_rows GROUP BY account_id) d
  WHERE c.account_id = d.account_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "named_users_count_insert" AFTER INSERT ON "named_users" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION named_user_counts_add();
--> statement-breakpoint
CREATE TRIGGER "named_users_count_delete" AFTER DELETE ON "named_users" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION named_user_counts_remove();
--> statement-breakpoint
CREATE TRIGGER "named_users_count_update_old" AFTER UPDATE ON "named_users" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION named_user_counts_remove();
--> statement-breakpoint
CREATE TRIGGER "named_users_count_update_new" AFTER UPDATE ON "named_users" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION named_user_counts_add();
--> statement-breakpoint
INSERT INTO named_user_counts (account_id, users)
SELECT account_id, count(*)::int FROM named_users GROUP BY account_id ORDER BY account_id;
