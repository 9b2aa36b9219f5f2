"use client";

import { useRef, useState } from "react";
import { assignSoftwareCoordinatorAction, removeSoftwareCoordinatorAction } from "@/lib/contracts/actions";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FailureMessage, fieldError } from "@/components/ui/failure-message";
import { Field } from "@/components/ui/field";
import { useServerAction } from "@/components/hooks/use-server-action";

type Props = { accountId: string; contractId: string; current: { name: string; email: string } | null; canRemove: boolean };

/**
 * The contract manager assigns, replaces or removes the software coordinator (CL-6); each
 * change is confirmed with its effects first: the person is emailed, a replaced coordinator
 * stops, and no admin role changes (CL-10).
 */
export function CoordinatorControls({ accountId, contractId, current, canRemove }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const [done, setDone] = useState<string | null>(null);
  const [asked, setAsked] = useState<string | null>(null);
  const assign = useServerAction(assignSoftwareCoordinatorAction, { success: (d) => d.message });
  const remove = useServerAction(removeSoftwareCoordinatorAction, { success: "The contract has no software coordinator now." });
  function submit(data: FormData) {
    setDone(null);
    setAsked(String(data.get("email") ?? "").trim().toLowerCase());
  }
  function confirm() {
    if (!asked) return;
    assign.run({ accountId, contractId, email: asked }, (d) => {
      setDone(d.message);
      form.current?.reset();
    });
  }
  return (
    <section aria-labelledby="coordinator-controls" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="coordinator-controls" className="font-semibold">Software coordinator</h2>
      <p className="text-sm text-slate-600">
        {current ? `Now: ${current.name} (${current.email}). ` : "This contract has no software coordinator. "}
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
      <ConfirmDialog
        open={asked !== null}
        onOpenChange={(open) => (open ? null : setAsked(null))}
        variant="primary"
        title={current ? "Replace the software coordinator?" : "Assign a software coordinator?"}
        confirmLabel={current ? "Replace" : "Assign"}
        onConfirm={confirm}
      >
        <ul className="list-disc pl-5">
          <li>{asked} becomes the software coordinator of this contract: they manage its classic users and their products (CL-6, CL-8) and receive its release emails (CL-9).</li>
          {current ? <li>{current.name} ({current.email}) stops coordinating this contract; their other roles stay as they are.</li> : null}
          <li>{asked} is emailed (EM-1). No secondary admin, named user or classic user changes (CL-10).</li>
        </ul>
      </ConfirmDialog>
      {done ? <p role="status" className="text-sm text-green-800">{done}</p> : null}
      {assign.failure && assign.failure.code !== "invalid" ? <FailureMessage failure={assign.failure} /> : null}
      <FailureMessage failure={remove.failure} />
    </section>
  );
}
