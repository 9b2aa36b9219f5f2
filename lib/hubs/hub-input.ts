import { z } from "zod";
import { text } from "@/lib/input/schemas";

/** A hub's name as an administrator types it. */
export const hubName = text({ max: 120, maxMessage: "A hub name has at most 120 characters." }).pipe(
  text({ max: 120 }).min(1, "Enter the hub's name."),
);

export const hubIdInput = z.object({ hubId: z.uuid() });
export const hubMemberInput = z.object({ hubId: z.uuid(), personId: text({ max: 200 }).min(1) });
