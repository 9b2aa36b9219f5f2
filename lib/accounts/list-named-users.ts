// Moved to lib/accounts/named-users/ (one folder per use-case area); kept so existing
// importers (scripts/bench/by-user-query.ts) keep working. New code imports the new path.
export { listNamedUsers, type NamedUserPage, type NamedUserRow } from "./named-users/list-named-users";
export { namedUserListQuery, type NamedUserListParams, type NamedUserListQuery } from "./named-users/list-query";
