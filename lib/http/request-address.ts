import { headers } from "next/headers";
import { clientAddress } from "./client-address";

/** The client address of the request being handled (pages, server actions, route handlers, Auth.js callbacks). */
export async function requestAddress(): Promise<string> {
  try {
    return clientAddress(await headers());
  } catch {
    // Outside a request (a script, a test): one shared key.
    return "unknown";
  }
}
