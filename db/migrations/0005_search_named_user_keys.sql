-- Hand-edited after drizzle-kit generate (search): By User's orders and search read one
-- account's named users through their own indexes, with copies of the person's sort and
-- search keys on named_users. Besides the generated columns and indexes, this adds what
-- drizzle cannot express: the triggers that keep the copies equal to people (on a named
-- user's insert, and on every change of a person's name or email, for all their accounts),
-- the backfill, and the removal of 0004's people_matching() (its search path is gone).
DROP INDEX "people_sort_name";--> statement-breakpoint
ALTER TABLE "named_users" ADD COLUMN "sort_last" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "named_users" ADD COLUMN "sort_first" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "named_users" ADD COLUMN "sort_email" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "named_users" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE "named_users" nu SET sort_last = lower(p.last_name), sort_first = lower(p.first_name), sort_email = p.email,
    search_text = lower(coalesce(p.name, '') || chr(10) || p.email)
  FROM people p WHERE p.id = nu.person_id;
--> statement-breakpoint
CREATE INDEX "named_users_account_name" ON "named_users" USING btree ("account_id","sort_last","sort_first","person_id","search_text","status","added_at");--> statement-breakpoint
CREATE INDEX "named_users_account_email" ON "named_users" USING btree ("account_id","sort_email","person_id","search_text","status","added_at");--> statement-breakpoint
CREATE INDEX "named_users_search_trgm" ON "named_users" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE FUNCTION "named_users_copy_person"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT lower(p.last_name), lower(p.first_name), p.email, lower(coalesce(p.name, '') || chr(10) || p.email)
    INTO NEW.sort_last, NEW.sort_first, NEW.sort_email, NEW.search_text
    FROM people p WHERE p.id = NEW.person_id;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "named_users_copy_person" BEFORE INSERT OR UPDATE OF person_id ON "named_users" FOR EACH ROW EXECUTE FUNCTION named_users_copy_person();
--> statement-breakpoint
CREATE FUNCTION "people_copy_to_named_users"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE named_users SET sort_last = lower(NEW.last_name), sort_first = lower(NEW.first_name), sort_email = NEW.email,
      search_text = lower(coalesce(NEW.name, '') || chr(10) || NEW.email)
    WHERE person_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "people_copy_to_named_users" AFTER UPDATE OF name, email, first_name, last_name ON "people" FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.email IS DISTINCT FROM NEW.email OR OLD.first_name IS DISTINCT FROM NEW.first_name OR OLD.last_name IS DISTINCT FROM NEW.last_name)
  EXECUTE FUNCTION people_copy_to_named_users();
--> statement-breakpoint
DROP FUNCTION "people_matching"(text);
