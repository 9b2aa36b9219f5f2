import { NotFoundStatus } from "./http-status";

/**
 * An emailed or shared link that cannot be used here: which case it is and what to do. A dead
 * link (`gone`: used, cancelled, expired, replaced, revoked, unknown) answers HTTP 404 with this
 * readable page, so crawlers, link checkers and scripts see it is gone; a live link opened by
 * the wrong person stays 200.
 */
export function LinkProblem({ title, body, gone }: { title: string; body: string; gone: boolean }) {
  return (
    <div role="alert" className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
      <h1 className="text-lg font-semibold">{title}</h1>
      <p>{body}</p>
      {gone ? <NotFoundStatus /> : null}
    </div>
  );
}
