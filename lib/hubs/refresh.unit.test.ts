import { describe, expect, it } from "vitest";
import { addJoinDomain } from "./add-join-domain";
import { changeHubRole } from "./change-hub-role";
import { createHub } from "./create-hub";
import { joinHub } from "./join-hub";
import { leaveHub } from "./leave-hub";
import { removeHubMember } from "./remove-hub-member";
import { removeJoinDomain } from "./remove-join-domain";
import { renameHub } from "./rename-hub";
import { setHubSharing } from "./set-hub-sharing";
import { setInvitationMode } from "./set-invitation-mode";
import { setMemberActivation } from "./set-member-activation";
import { acceptInvitation } from "./invitations/accept-invitation";
import { approveInvitation } from "./invitations/approve-invitation";
import { cancelInvitation } from "./invitations/cancel-invitation";
import { declineInvitation } from "./invitations/decline-invitation";
import { invitePeople } from "./invitations/invite-people";
import { inviteToProject } from "./invitations/invite-to-project";
import { rejectInvitation } from "./invitations/reject-invitation";
import { resendExpiredInvitations } from "./invitations/resend-expired-invitations";
import { resendInvitation } from "./invitations/resend-invitation";
import { addGroupToProject } from "./projects/add-group-to-project";
import { addProjectMember } from "./projects/add-project-member";
import { changeProjectRole } from "./projects/change-project-role";
import { createGroup } from "./projects/create-group";
import { createItem } from "./projects/create-item";
import { createProject } from "./projects/create-project";
import { createShareLink } from "./projects/create-share-link";
import { decideJoinRequest } from "./projects/decide-join-request";
import { deleteItem } from "./projects/delete-item";
import { editGroupMembers } from "./projects/edit-group-members";
import { promoteProjectAdmin } from "./projects/promote-project-admin";
import { removeProjectMember } from "./projects/remove-project-member";
import { renameItem } from "./projects/rename-item";
import { requestJoin } from "./projects/request-join";
import { revokeShareLink } from "./projects/revoke-share-link";
import { transferProject } from "./projects/transfer-project";

// After a change, the server door refreshes the pages that show it (server-door.ts calls each
// action's `revalidate`); a page left out keeps showing the old state until it is reloaded.
// Pure: no database, each action's list for a given input and result.

type Refreshing = { revalidate?: (input: never, data: never) => string[] };
const refreshed = (spec: Refreshing, input: object, data: object = {}) => spec.revalidate!(input as never, data as never);

const H = "hub-1";
const P = "project-1";
const hub = { hubId: H };
const project = { projectId: P };
const inHub = { hubId: H };
const projectPage = `/hubs/${H}/projects/${P}`;

describe("the pages each change refreshes", () => {
  it("HB-1 HB-3 HB-6 hub settings, creation and joining refresh the settings page and the hub lists that show them", () => {
    expect(refreshed(createHub, {})).toEqual(["/hubs"]);
    expect(refreshed(renameHub, hub)).toEqual([`/hubs/${H}/settings`, "/hubs"]);
    expect(refreshed(setInvitationMode, hub)).toEqual([`/hubs/${H}/settings`]);
    expect(refreshed(setHubSharing, hub)).toEqual([`/hubs/${H}/settings`]);
    expect(refreshed(addJoinDomain, hub)).toEqual([`/hubs/${H}/settings`]);
    expect(refreshed(removeJoinDomain, hub)).toEqual([`/hubs/${H}/settings`]);
    expect(refreshed(joinHub, hub)).toEqual(["/hubs", `/hubs/${H}`]);
  });

  it("HB-6 HB-8 HB-10 member changes refresh the members page; leaving refreshes my hubs", () => {
    expect(refreshed(changeHubRole, hub)).toEqual([`/hubs/${H}/members`]);
    expect(refreshed(setMemberActivation, hub)).toEqual([`/hubs/${H}/members`]);
    expect(refreshed(removeHubMember, hub)).toEqual([`/hubs/${H}/members`]);
    expect(refreshed(leaveHub, hub)).toEqual(["/hubs"]);
  });

  it("HB-7 an administrator's invitation changes refresh the sent list; the invitee's answers refresh their invitations (and hubs, when they join)", () => {
    for (const spec of [invitePeople, resendExpiredInvitations]) expect(refreshed(spec, hub)).toEqual([`/hubs/${H}/invitations`]);
    for (const spec of [inviteToProject, rejectInvitation, approveInvitation, cancelInvitation, resendInvitation]) expect(refreshed(spec, {}, inHub)).toEqual([`/hubs/${H}/invitations`]);
    expect(refreshed(acceptInvitation, {})).toEqual(["/invitations", "/hubs"]);
    expect(refreshed(declineInvitation, {})).toEqual(["/invitations"]);
  });

  it("PR-1 PR-2 PR-3 HB-3 changes inside a project refresh its page; a join request also the hub's list, where it shows", () => {
    for (const spec of [createShareLink, revokeShareLink, addGroupToProject, promoteProjectAdmin, removeProjectMember, changeProjectRole, renameItem, createItem, addProjectMember, deleteItem]) {
      expect(refreshed(spec, project, inHub)).toEqual([projectPage]);
    }
    expect(refreshed(decideJoinRequest, {}, { hubId: H, projectId: P })).toEqual([projectPage]);
    expect(refreshed(requestJoin, project, inHub)).toEqual([projectPage, `/hubs/${H}`]);
  });

  it("PR-4 FP-4 new projects and groups refresh the hub's page", () => {
    expect(refreshed(createProject, hub)).toEqual([`/hubs/${H}`]);
    expect(refreshed(createGroup, hub)).toEqual([`/hubs/${H}`]);
    expect(refreshed(editGroupMembers, hub)).toEqual([`/hubs/${H}`]);
  });

  it("PR-5 a transfer refreshes both hubs' project lists and the project's page in its new hub", () => {
    expect(refreshed(transferProject, {}, { fromHubId: "hub-0", hubId: H, projectId: P })).toEqual(["/hubs/hub-0", `/hubs/${H}`, projectPage]);
  });
});
