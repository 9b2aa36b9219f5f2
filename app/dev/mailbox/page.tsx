import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { searchText } from "@/lib/input/schemas";
import { getDb } from "@/db/client";
import { listMailbox } from "@/lib/outbox/list-mailbox";
import { devMailboxEnabled, mailboxReason } from "@/lib/outbox/delivery-mode";
import { DevMailboxBanner } from "@/components/ui/dev-mailbox-banner";
import { readPageQuery, type SearchParams } from "@/lib/pages/page-query";
import { InvalidRequest } from "@/components/ui/invalid-request";

export const metadata: Metadata = { title: "Development mailbox" };

const query = z.object({ to: searchText(320) });

/** Turns the URLs of a plain-text email into links, leaving the rest as text. */
function Linkified({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/\S+)/g);
  return (
    <>
      {parts.map((part, i) =>
        /^https?:\/\//.test(part) ? (
          <a key={i} href={part} className="break-all text-blue-700 underline">
            {part}
          </a>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </>
  );
}

/**
 * Where emails land in the demo world or with DEV_MAILBOX=on, while no SMTP server is
 * configured (EM-1 Decision). Anyone reaching the portal can read it, so it exists nowhere
 * else: "not found" in any other installation (lib/outbox/delivery-mode.ts).
 */
export default async function MailboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const db = await getDb();
  if (!(await devMailboxEnabled(db))) notFound();
  const read = await readPageQuery(searchParams, query, { labels: { to: "Recipient" } });
  if (!read.ok) {
    return (
      <main className="mx-auto max-w-3xl p-8">
        <InvalidRequest message={read.problem} startHref="/dev/mailbox" />
      </main>
    );
  }
  const to = read.query.to;
  const emails = await listMailbox(db, { to: to || undefined, limit: 100 });
  return (
    <main className="mx-auto max-w-3xl p-8">
      <h1 className="text-2xl font-semibold">Development mailbox</h1>
      <div className="mt-3">
        <DevMailboxBanner reason={mailboxReason()} />
      </div>
      <p className="mt-2 text-sm text-slate-600">The portal&apos;s emails, newest first.</p>
      <form className="mt-4 flex gap-2" role="search">
        <label htmlFor="to" className="sr-only">
          Recipient
        </label>
        <input id="to" name="to" defaultValue={to} placeholder="Filter by recipient email" className="flex-1 rounded-md border border-slate-300 px-3 py-2 text-sm" />
        <button className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm">Filter</button>
        {to ? (
          <Link href="/dev/mailbox" className="px-2 py-2 text-sm underline">
            Clear
          </Link>
        ) : null}
      </form>
      {emails.length === 0 ? <p className="mt-6 text-slate-600">No emails{to ? ` for ${to}` : ""} yet.</p> : null}
      <ul className="mt-6 flex flex-col gap-4">
        {emails.map((email) => (
          <li key={email.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="mailbox-email">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="font-medium">{email.subject}</h2>
              <span className="text-xs text-slate-500">
                {email.status === "sent" ? "delivered" : email.status} · {email.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC
              </span>
            </div>
            <p className="text-sm text-slate-600">To: {email.to}</p>
            <pre className="mt-2 whitespace-pre-wrap font-sans text-sm">
              <Linkified text={email.text} />
            </pre>
          </li>
        ))}
      </ul>
    </main>
  );
}
