CREATE INDEX "people_sort_name" ON "people" USING btree (lower("last_name"),lower("first_name"),"id");--> statement-breakpoint
CREATE INDEX "named_users_account_added" ON "named_users" USING btree ("account_id","added_at","person_id");--> statement-breakpoint
CREATE INDEX "named_users_account_status" ON "named_users" USING btree ("account_id","status","added_at","person_id");