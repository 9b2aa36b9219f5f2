// The fact loaders: the only part of the library that reads the database (server-only). Each
// takes `db` or a transaction first, reads its facts in one SQL statement (JSON built by the
// database), and returns plain typed facts for `decide` (or null when the resource does not
// exist). Inside a use case, pass `tx` and ask for the locks the decision relies on. Only the
// loaders and their types leave this folder: the SQL fragments they share stay inside it.
export { actorWith, type Loaded, loadAccountFacts, loadAccountInfo, loadAccountInfos, loadAccountPersonFacts, loadActorAccountFacts, loadTargetPeopleFacts, loadTargetPersonFacts } from "./account";
export { loadContractFacts, loadContractManagerChangeFacts } from "./contract";
export { type LockOption, loadActorHubFacts, loadGroupMemberChangeFacts, loadHubActivationChangeFacts, loadHubFacts, loadHubInfo, loadHubInfos, loadHubMemberFacts, loadHubRoleChangeFacts, loadHubTarget, loadInvitationAcceptanceFacts, loadInvitationFacts } from "./hub";
export { type NavigationAccount, type NavigationHub, type PersonAccount, type PersonFacts, type PersonHub, type PersonNavigation, accountFactsOf, loadPersonAccountsAndHubs, loadPersonFacts, navigationOf } from "./person";
export { type NameOwnershipFacts } from "./person-name";
export { loadJoinRequestFacts, loadProjectFacts, loadProjectGroupAddFacts, loadProjectInfo, loadProjectInviteFacts, loadProjectMemberFacts, loadProjectRole, loadProjectShareFacts, loadProjectTransferFacts } from "./project";
export { loadJoinFacts } from "./join";
export { type JoinableHub, type MyHub, joinFacts, listMyHubs } from "./my-hubs";
export { type AccessFacts, type ContractAccessFacts, loadAccessFacts } from "./access";
