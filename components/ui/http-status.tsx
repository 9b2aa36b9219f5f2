import { forbidden, notFound } from "next/navigation";
import { SwallowHttpFallback } from "./swallow-http-fallback";

/** Throws Next's interrupt for `status` while rendering: what gives the response that status. */
async function Interrupt({ status }: { status: 403 | 404 }): Promise<never> {
  if (status === 403) forbidden();
  notFound();
}

/**
 * Gives the page it is rendered in an HTTP status (403 or 404) and shows nothing itself.
 * Next.js sets a page's status only through its interrupts (notFound, forbidden), whose pages
 * take no props, so a refusal could not say its rule, nor a dead link which case it is. Here
 * the page renders its own explanation next to this: on the server the interrupt sets the
 * status; in the browser SwallowHttpFallback catches it before Next's page would replace it.
 */
function HttpStatus({ status }: { status: 403 | 404 }) {
  return (
    <SwallowHttpFallback status={status}>
      <Interrupt status={status} />
    </SwallowHttpFallback>
  );
}

/** 403: a visible refusal (components/ui/refusal.tsx). */
export const ForbiddenStatus = () => <HttpStatus status={403} />;

/** 404: a link that no longer leads anywhere (an invitation used, cancelled, expired or replaced; a share link revoked), explained by the page itself. */
export const NotFoundStatus = () => <HttpStatus status={404} />;
