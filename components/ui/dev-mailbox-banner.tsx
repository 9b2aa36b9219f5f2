/** Says that the development mailbox is on, and what that means, wherever it is offered. */
export function DevMailboxBanner({ reason }: { reason: string }) {
  return (
    <div role="note" aria-label="Development mailbox is on" data-testid="dev-mailbox-banner" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
      <p className="font-medium">The development mailbox is on</p>
      <p className="mt-1">
        Every email the portal sends, sign-in links included, can be read by anyone at <a className="underline" href="/dev/mailbox">/dev/mailbox</a>. It is on
        because {reason} and no mail server is configured. A real deployment sets <code className="font-mono">SMTP_URL</code> (and has no demo world).
      </p>
    </div>
  );
}
