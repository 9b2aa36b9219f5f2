import type { PrimaryAdminChangePreview } from "@/lib/accounts/admins/describe-primary-admin-change";
import { RuleTags } from "./rule-tags";

/** The preview of a change of primary admin: exactly what changes, and what does not (UM-2, UM-8, CL-11, CL-10, HY-3). */
export function PrimaryAdminChangePreviewView({ preview }: { preview: PrimaryAdminChangePreview }) {
  return (
    <div className="flex flex-col gap-3" data-testid="primary-admin-change-preview">
      <div>
        <h3 className="font-medium text-slate-900">What changes</h3>
        <ul className="mt-1 list-disc pl-5">
          {preview.changes.map((c) => (
            <li key={c.text}>
              {c.text}
              <RuleTags rules={c.rules} />
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="font-medium text-slate-900">What stays the same</h3>
        <ul className="mt-1 list-disc pl-5">
          {preview.unchanged.map((u) => (
            <li key={u.text}>
              {u.text}
              <RuleTags rules={u.rules} />
              {u.detail ? <span className="block text-slate-500">{u.detail}</span> : null}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
