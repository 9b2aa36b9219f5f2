/**
 * Human-readable names for audit actions (AU-2). Keys are what the services write; an
 * action not listed here is shown by its key, so a new action is never hidden.
 * Pure data: safe for client components.
 */
const LABELS: Record<string, string> = {
  // Purchases and contracts
  "contract.purchase_recorded": "Purchase recorded",
  "contract.renewed": "Contract renewed",
  "contract.manager_changed": "Contract manager changed",
  "contract.software_coordinator_assigned": "Software coordinator assigned",
  "contract.software_coordinator_replaced": "Software coordinator replaced",
  "contract.software_coordinator_removed": "Software coordinator removed",
  "contract.billing_changed": "Billing changed",
  "contract.auto_renew_changed": "Automatic renewal changed",
  "classic_user.added": "Classic user added",
  "classic_user.removed": "Classic user removed",
  "classic_user.product_assigned": "Product assigned (classic)",
  "classic_user.product_unassigned": "Product unassigned (classic)",
  "product.release_announced": "Release announced",

  // User Management
  "named_user.added": "Named user added",
  "named_user.invited": "Named user invited",
  "named_user.edited": "Named user edited",
  "named_user.renamed": "Named user renamed",
  "named_user.removed": "Named user removed",
  "named_users.imported": "Named users imported",
  "named_user.product_assigned": "Product assigned",
  "named_user.product_unassigned": "Product unassigned",
  "account.primary_admin_changed": "Primary admin changed",
  "account.secondary_admin_granted": "Secondary admin added",
  "account.secondary_admin_removed": "Secondary admin removed",
  "account.sso_admin_granted": "SSO admin role granted",
  "account.sso_admin_revoked": "SSO admin role revoked",
  "account.sso_settings_changed": "Sign-in (SSO) settings changed",
  "account.domain_added": "Email domain added",
  "account.domain_removed": "Email domain removed",

  // Hubs
  "hub.created": "Hub created",
  "hub.renamed": "Hub renamed",
  "hub.access_changed": "Hub access changed",
  "hub.sharing_changed": "Hub sharing changed",
  "hub.member_role_changed": "Hub role changed",
  "hub.member_deactivated": "Member deactivated",
  "hub.member_reactivated": "Member reactivated",
  "hub.member_removed": "Member removed from the hub",
  "hub.member_joined": "Member joined the hub",
  "hub.member_left": "Member left the hub",
  "invitation.sent": "Invitation sent",
  "invitation.resent": "Invitation resent",
  "invitation.cancelled": "Invitation cancelled",
  "invitation.accepted": "Invitation accepted",
  "invitation.declined": "Invitation declined",
  "invitation.approved": "Invitation approved",
  "invitation.rejected": "Invitation rejected",
  "invitation.expired": "Invitation expired",

  // Projects
  "project.created": "Project created",
  "project.transferred": "Project transferred",
  "project.member_added": "Project member added",
  "project.member_removed": "Project member removed",
  "project.member_role_changed": "Project role changed",
  "project.group_added": "Group added to project",
  "project.join_requested": "Asked to join a project",
  "project.join_request_approved": "Join request approved",
  "project.join_request_declined": "Join request declined",
  "group.created": "Group created",
  "group.updated": "Group changed",
  "group.deleted": "Group deleted",
  // Hub projects (issue 10)
  "project.transferred_out": "Project transferred to another hub",
  "project.transferred_in": "Project transferred from another hub",
  "project.item_created": "Project content created",
  "project.item_renamed": "Project content renamed",
  "project.item_deleted": "Project content deleted",
  "project.share_link_created": "Share link created",
  "project.share_link_revoked": "Share link revoked",
  "group.member_added": "Group member added",
  "group.member_removed": "Group member removed",
};

export function actionLabel(action: string): string {
  return LABELS[action] ?? action;
}
