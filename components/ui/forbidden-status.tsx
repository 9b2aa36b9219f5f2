import { forbidden } from "next/navigation";
import { SwallowForbidden } from "./swallow-forbidden";

/** Throws Next's forbidden() while rendering: what makes the response's status 403. */
async function Forbid(): Promise<never> {
  forbidden();
}

/**
 * Gives the page it is rendered in the HTTP status 403 and shows nothing itself. Next.js sets
 * a page's status only through its interrupts (notFound, forbidden), whose pages take no
 * props, so the refusal could not say its rule and reason. Here the page renders its own
 * refusal next to this: on the server the interrupt sets the status; in the browser
 * SwallowForbidden catches it before Next's forbidden page would replace the refusal.
 */
export function ForbiddenStatus() {
  return (
    <SwallowForbidden>
      <Forbid />
    </SwallowForbidden>
  );
}
