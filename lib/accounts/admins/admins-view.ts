import type { Db } from "@/db/client";
import { loadTargetPeopleFacts, type Loaded } from "@/lib/permissions/facts";
import { type AccountPersonResource, type AccountResource, type TargetPersonFacts } from "@/lib/permissions";
import { capabilities, type Capability } from "@/lib/pages/capabilities";
import { personLabel } from "@/lib/people/people";
import { describePrimaryAdminChange, type PrimaryAdminChangePreview } from "./describe-primary-admin-change";
import { listAccountAdmins, type AdminPerson } from "./list-admins";
import { loadRoleHolders } from "./load-role-holders";

export type { Capability };

export type AdminsView = {
  primary: (AdminPerson & { isActor: boolean; remove: Capability }) | null;
  secondaries: (AdminPerson & { isActor: boolean; makePrimary: Capability; remove: Capability; preview: PrimaryAdminChangePreview })[];
  ssoAdmins: (AdminPerson & { isActor: boolean; revoke: Capability })[];
  addSecondary: Capability;
  grantSso: Capability;
};

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
  const targets = await loadTargetPeopleFacts(db, accountId, everyone.map((p) => p.personId));
  const on = (personId: string): Loaded<AccountPersonResource> => ({ actor, resource: { kind: "accountPerson", account: resource.account, target: targets.get(personId) ?? { ...NEW_PERSON, personId } } });
  const holders = actor.account ? await loadRoleHolders(db, actor.account) : { contractManagers: [], softwareCoordinators: [] };
  const formerLabel = list.primary ? personLabel(list.primary) : null;
  const isActor = (p: AdminPerson) => p.personId === actor.personId;
  const blank: Loaded<AccountPersonResource> = { actor, resource: { kind: "accountPerson", account: resource.account, target: NEW_PERSON } };
  const rowCaps = (personId: string) => {
    const c = capabilities(on(personId), ["admins.changePrimary", "admins.removeSecondary"]);
    return { makePrimary: c["admins.changePrimary"], remove: c["admins.removeSecondary"] };
  };
  const forms = capabilities(blank, ["admins.addSecondary", "admins.grantSso"]);
  return {
    primary: list.primary ? { ...list.primary, isActor: isActor(list.primary), remove: capabilities(on(list.primary.personId), ["admins.removeSecondary"])["admins.removeSecondary"] } : null,
    secondaries: list.secondaries.map((p) => ({
      ...p,
      isActor: isActor(p),
      ...rowCaps(p.personId),
      preview: describePrimaryAdminChange(personLabel(p), formerLabel, holders),
    })),
    ssoAdmins: list.ssoAdmins.map((p) => ({ ...p, isActor: isActor(p), revoke: capabilities(on(p.personId), ["admins.revokeSso"])["admins.revokeSso"] })),
    addSecondary: forms["admins.addSecondary"],
    grantSso: forms["admins.grantSso"],
  };
}
