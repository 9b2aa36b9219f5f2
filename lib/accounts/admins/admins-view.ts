import type { Db } from "@/db/client";
import { decide, loadTargetPersonFacts, type AccountResource, type Decision, type Loaded, type TargetPersonFacts } from "@/lib/permissions";
import { describePrimaryAdminChange, type PrimaryAdminChangePreview } from "./describe-primary-admin-change";
import { listAccountAdmins, type AdminPerson } from "./list-admins";
import { loadRoleHolders } from "./load-role-holders";

/** What a button may do, and why not when it may not (shown next to it). */
export type Capability = { allowed: boolean; reason: string };

export type AdminsView = {
  primary: (AdminPerson & { isActor: boolean; remove: Capability }) | null;
  secondaries: (AdminPerson & { isActor: boolean; makePrimary: Capability; remove: Capability; preview: PrimaryAdminChangePreview })[];
  ssoAdmins: (AdminPerson & { isActor: boolean; revoke: Capability })[];
  addSecondary: Capability;
  grantSso: Capability;
};

const cap = (d: Decision): Capability => ({ allowed: d.allowed, reason: d.reason });
const NEW_PERSON: TargetPersonFacts = { personId: "", namedUser: false, adminRole: null, ssoAdmin: false, adminOfOtherAccount: false, hasSignedIn: false, inOtherAccount: false };

/**
 * The admins page's data with a capability per row and form, each decided by the policy on
 * that row's facts, so the page shows what the actions would allow and why not (UM-2, UM-3,
 * UM-10, HB-1). The actions decide again when they run.
 */
export async function loadAdminsView(db: Db, loaded: Loaded<AccountResource>): Promise<AdminsView> {
  const { actor, resource } = loaded;
  const accountId = resource.account.accountId;
  const list = await listAccountAdmins(db, accountId);
  const everyone = [...(list.primary ? [list.primary] : []), ...list.secondaries, ...list.ssoAdmins];
  const targets = new Map(await Promise.all(everyone.map(async (p) => [p.personId, await loadTargetPersonFacts(db, accountId, p.personId)] as const)));
  const on = (personId: string) => ({ kind: "accountPerson", account: resource.account, target: targets.get(personId) ?? { ...NEW_PERSON, personId } }) as const;
  const holders = actor.account ? await loadRoleHolders(db, actor.account) : { contractManagers: [], softwareCoordinators: [] };
  const formerLabel = list.primary ? `${list.primary.name} <${list.primary.email}>` : null;
  const isActor = (p: AdminPerson) => p.personId === actor.personId;
  const blank = { kind: "accountPerson", account: resource.account, target: NEW_PERSON } as const;
  return {
    primary: list.primary ? { ...list.primary, isActor: isActor(list.primary), remove: cap(decide(actor, "admins.removeSecondary", on(list.primary.personId))) } : null,
    secondaries: list.secondaries.map((p) => ({
      ...p,
      isActor: isActor(p),
      makePrimary: cap(decide(actor, "admins.changePrimary", on(p.personId))),
      remove: cap(decide(actor, "admins.removeSecondary", on(p.personId))),
      preview: describePrimaryAdminChange(`${p.name} <${p.email}>`, formerLabel, holders),
    })),
    ssoAdmins: list.ssoAdmins.map((p) => ({ ...p, isActor: isActor(p), revoke: cap(decide(actor, "admins.revokeSso", on(p.personId))) })),
    addSecondary: cap(decide(actor, "admins.addSecondary", blank)),
    grantSso: cap(decide(actor, "admins.grantSso", blank)),
  };
}
