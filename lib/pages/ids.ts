import { notFound } from "next/navigation";
import { z } from "zod";

const uuid = z.uuid();

/** URL ids are UUIDs; anything else is "not found" before it reaches the database. */
export function requireUuid(value: string): string {
  if (!uuid.safeParse(value).success) notFound();
  return value;
}
