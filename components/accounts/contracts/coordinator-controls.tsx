"use client";

import { useRef, useState } from "react";
import { assignSoftwareCoordinatorAction, removeSoftwareCoordinatorAction } from "@/app/(portal)/accounts/[accountId]/contracts/[contractId]/actions";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FailureMessage, fieldError } from "@/components/ui/failure-message";
import { Field } from "@/components/ui/field";
import { useServerAction } from "@/components/hooks/use-server-action";

type Props = { accountId: string; contractId: string; current: { name: string; email: string } | null; canRemove: boolean };

/** The contract manager assigns, replaces or removes the software coordinator (CL-6); the person is emailed. No admin role changes (CL-10). */
export function CoordinatorControls({ accountId, contractId, current, canRemove }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const [done, setDone] = useState<string | null>(null);
  const assign = useServerAction(assignSoftwareCoordinatorAction);
  const remove = useServerAction(removeSoftwareCoordinatorAction);
  function submit(data: FormData) {
    setDone(null);
    const email = String(data.get("email") ?? "").trim().toLowerCase();
    assign.run({ accountId, contractId, email }, (d) => {
      setDone(d.message);
      form.current?.reset();
    });
  }
  return (
    <section aria-labelledby="coordinator-controls" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="coordinator-controls" className="font-semibold">Software coordinator</h2>
      <p className="text-sm text-slate-600">
        The coordinator manages this contract&apos;s classic users and their products, and receives release notes. It changes no admin role in User Management (CL-10).
      </p>
      <form ref={form} action={submit} className="flex flex-wrap items-end gap-3" aria-label={current ? "Replace the software coordinator" : "Assign a software coordinator"}>
        <Field label={current ? "New coordinator's email" : "Coordinator's email"} name="email" id="coordinator-email" type="email" required autoComplete="off" error={fieldError(assign.failure, "email")} />
        <Button type="submit" disabled={assign.pending}>{current ? "Replace coordinator" : "Assign coordinator"}</Button>
        {current && canRemove ? (
          <ConfirmButton label="Remove coordinator" disabled={remove.pending} title="Remove the software coordinator?" confirmLabel="Remove" onConfirm={() => remove.run({ accountId, contractId }, () => setDone("The contract has no software coordinator now."))}>
            {current.name} ({current.email}) stops coordinating this contract. Their other roles stay as they are.
          </ConfirmButton>
        ) : null}
      </form>
      {done ? <p role="status" className="text-sm text-green-800">{done}</p> : null}
      {assign.failure && assign.failure.code !== "invalid" ? <FailureMessage failure={assign.failure} /> : null}
      <FailureMessage failure={remove.failure} />
    </section>
  );
}
