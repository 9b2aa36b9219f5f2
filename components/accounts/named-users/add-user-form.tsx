"use client";

import { useRef, useState } from "react";
import { addNamedUserAction } from "@/lib/accounts/named-users/actions";
import { Button } from "@/components/ui/button";
import { FailureMessage, fieldError } from "@/components/ui/failure-message";
import { Field } from "@/components/ui/field";
import { useServerAction } from "@/components/hooks/use-server-action";

export type SeatOption = { productId: string; code: string; name: string; available: number };

type Props = { accountId: string; products: SeatOption[]; noSeatReason: string };

/** Adds one named user (UM-5), optionally with products within seats (UM-9); an invitation email goes out (EM-1). */
export function AddUserForm({ accountId, products, noSeatReason }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const [added, setAdded] = useState<string | null>(null);
  const { run, failure, pending } = useServerAction(addNamedUserAction);

  function submit(data: FormData) {
    setAdded(null);
    const email = String(data.get("email") ?? "");
    run(
      { accountId, firstName: data.get("firstName"), lastName: data.get("lastName"), email, productIds: data.getAll("productIds") },
      () => {
        setAdded(`Added ${email.trim().toLowerCase()}. An invitation email is on its way.`);
        form.current?.reset();
      },
    );
  }

  return (
    <form ref={form} action={submit} className="flex flex-col gap-3" aria-label="Add a user">
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="First name" name="firstName" required autoComplete="off" error={fieldError(failure, "firstName")} />
        <Field label="Last name" name="lastName" required autoComplete="off" error={fieldError(failure, "lastName")} />
        <Field label="Email" name="email" type="email" required autoComplete="off" error={fieldError(failure, "email")} />
      </div>
      {products.length ? (
        <fieldset className="flex flex-col gap-1">
          <legend className="text-sm font-medium text-slate-700">Products (optional)</legend>
          <div className="flex flex-wrap gap-x-5 gap-y-1">
            {products.map((p) => {
              const full = p.available <= 0;
              return (
                <label key={p.productId} className={`flex items-center gap-2 text-sm ${full ? "text-slate-400" : ""}`} title={full ? noSeatReason : undefined}>
                  <input type="checkbox" name="productIds" value={p.productId} disabled={full} />
                  {p.name} <span className="text-xs text-slate-500">({full ? "no seat left" : `${p.available} left`})</span>
                </label>
              );
            })}
          </div>
        </fieldset>
      ) : null}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>{pending ? "Adding…" : "Add user"}</Button>
        {added ? <p role="status" className="text-sm text-green-800">{added}</p> : null}
      </div>
      {failure && failure.code !== "invalid" ? <FailureMessage failure={failure} /> : null}
    </form>
  );
}
