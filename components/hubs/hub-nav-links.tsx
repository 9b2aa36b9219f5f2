import type { HubRole } from "@/lib/permissions/types";
import { NavLink } from "@/components/shell/nav-link";

const ADMIN = [
  { path: "/members", label: "Hub members" },
  { path: "/invitations", label: "Hub invitations" },
  { path: "/settings", label: "Hub settings" },
  { path: "/activity", label: "Hub activity" },
] as const;

/**
 * A hub's administration pages under its name in the shell: all of them for its
 * administrators (HB-3, HB-6); inviting for Hub Members, whom the invitation mode may let invite.
 */
export function HubNavLinks({ hubId, hubName, role }: { hubId: string; hubName: string; role: HubRole }) {
  const links = role === "hub_admin" ? ADMIN : role === "hub_member" ? [{ path: "/invitations", label: "Invite people" }] : [];
  if (links.length === 0) return null;
  return (
    <ul aria-label={`${hubName} administration`} className="ml-3 flex flex-col gap-0.5 border-l border-slate-200 pl-1">
      {links.map((l) => (
        <li key={l.path}>
          <NavLink href={`/hubs/${hubId}${l.path}`}>{l.label}</NavLink>
        </li>
      ))}
    </ul>
  );
}
