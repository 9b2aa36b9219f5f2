import Link from "next/link";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import { devMailboxEnabled } from "@/lib/outbox/delivery-mode";

export default async function CheckEmailPage() {
  await connection();
  return (
    <main className="mx-auto max-w-md p-8">
      <h1 className="text-2xl font-semibold">Check your email</h1>
      <p className="mt-3 text-slate-700">A sign-in link is on its way. It works once, for 15 minutes.</p>
      {(await devMailboxEnabled(await getDb())) ? (
        <p className="mt-3">
          <Link className="text-blue-700 underline" href="/dev/mailbox">
            Open the development mailbox
          </Link>
        </p>
      ) : null}
    </main>
  );
}
