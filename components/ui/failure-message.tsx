import type { Failure } from "@/lib/actions/result";

/** A service failure in words, next to the control that caused it. Denials name their rule. */
export function FailureMessage({ failure, id }: { failure: Failure | null | undefined; id?: string }) {
  if (!failure) return null;
  return (
    <p id={id} role="alert" className="text-sm text-red-700">
      {failure.message}
      {failure.code === "denied" && !failure.message.includes(failure.rule) ? ` (${failure.rule})` : null}
    </p>
  );
}

/** The first message for a field, for `<Field error=…>`. */
export function fieldError(failure: Failure | null | undefined, field: string): string | undefined {
  return failure?.code === "invalid" ? failure.fieldErrors[field]?.[0] : undefined;
}
