"use server";

import { runAction } from "@/lib/actions/server-door";
import { createHub } from "@/lib/hubs/create-hub";
import { joinHub } from "@/lib/hubs/join-hub";

// Doors only: each use case, its permission and its audit event live in lib/hubs.
export async function createHubAction(input: unknown) {
  return runAction(createHub, input);
}

export async function joinHubAction(input: unknown) {
  return runAction(joinHub, input);
}
