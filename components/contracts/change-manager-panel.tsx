"use client";

import { useState } from "react";
import { changeContractManagerAction, previewContractManagerChangeAction } from "@/lib/contracts/actions";
import type { ContractManagerChangePreview, PreviewLine } from "@/lib/contracts/contract-manager-change-facts";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FailureMessage, fieldError } from "@/components/ui/failure-message";
import { Field } from "@/components/ui/field";
import { useServerAction } from "@/components/hooks/use-server-action";

type Props = { accountId: string; contractId: string };

function Lines({ title, lines }: { title: string; lines: PreviewLine[] }) {
  return (
    <div>
      <h4 className="text-sm font-medium">{title}</h4>
      <ul className="list-disc pl-5 text-sm">
        {lines.map((l, i) => (
          <li key={i}>
            {l.text} <span className="text-xs text-slate-500">({l.rules.join(", ")})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Hand the contract manager role to another person (CL-4): a confirmation dialog states every effect from the preview (CL-5, CL-11) before anything changes. */
export function ChangeManagerPanel({ accountId, contractId }: Props) {
  const [email, setEmail] = useState("");
  const [preview, setPreview] = useState<ContractManagerChangePreview | null>(null);
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const look = useServerAction(previewContractManagerChangeAction);
  const confirm = useServerAction(changeContractManagerAction, { success: "The contract manager role was handed over; the new contract manager has been emailed." });
  const ask = (to: string) =>
    look.run({ accountId, contractId, email: to }, (p) => {
      setPreview(p);
      setOpen(true);
    });
  function submit(data: FormData) {
    setDone(null);
    setPreview(null);
    const to = String(data.get("email") ?? "").trim().toLowerCase();
    setEmail(to);
    ask(to);
  }
  function apply() {
    if (!preview) return;
    const to = preview.email;
    confirm.run({ accountId, contractId, email: to, expected: preview.fingerprint }, () => {
      setDone(`${to} is now the contract manager and has been emailed.`);
      setPreview(null);
    });
  }
  // A refused confirmation means the facts moved (CL-5): the button shows the preview as it is now.
  // Not when the role itself has moved on (CL-4): the actor no longer hands it over.
  const stale = confirm.failure?.code === "conflict" && confirm.failure.rule !== "CL-4";
  return (
    <section aria-labelledby="change-manager" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="change-manager" className="font-semibold">Hand over the contract manager role</h2>
      <form action={submit} className="flex flex-wrap items-end gap-3" aria-label="Preview the hand-over">
        <Field label="New contract manager's email" name="email" id="new-manager-email" type="email" required autoComplete="off" error={fieldError(look.failure, "email")} />
        <Button type="submit" variant="secondary" disabled={look.pending}>Preview</Button>
      </form>
      {look.failure && look.failure.code !== "invalid" ? <FailureMessage failure={look.failure} /> : null}
      <ConfirmDialog open={open && preview !== null} onOpenChange={setOpen} variant="primary" title={`Hand the contract manager role to ${preview?.email ?? ""}?`} confirmLabel="Confirm hand-over" onConfirm={apply}>
        {preview ? (
          <div className="flex flex-col gap-2" data-testid="manager-change-preview">
            <Lines title="What changes" lines={preview.changes} />
            <Lines title="What stays" lines={preview.unchanged} />
            <Lines title="Emails" lines={preview.emails.map((text) => ({ rules: ["EM-1"], text }))} />
          </div>
        ) : null}
      </ConfirmDialog>
      <FailureMessage failure={confirm.failure} />
      {stale ? (
        <Button type="button" variant="secondary" onClick={() => { confirm.clear(); ask(preview?.email ?? email); }}>
          Show the new preview
        </Button>
      ) : null}
      {done ? <p role="status" className="text-sm text-green-800">{done}</p> : null}
    </section>
  );
}
