/**
 * The most database round trips each page may make for one request (statements, plus BEGIN
 * and COMMIT for a transaction), as the server counts them with DB_ROUND_TRIPS=count
 * (db/round-trips.ts). e2e/round-trips.spec.ts holds every page to its number; the README's
 * table lists the same numbers. Every page pays 2: the session check and the request's facts.
 */
export const ROUND_TRIP_BUDGETS = {
  "By User": 4,
  "By User search": 4,
  "a named user": 5,
  "By Product": 3,
  "a product": 4,
  Admins: 6,
  "Sign-in (SSO)": 3,
  // classic: + the users of the classic contracts the person sees (one statement)
  Contracts: 4,
  "a contract": 6,
  Activity: 4,
  "a hub": 4,
  "Permission matrix": 2,
  // Hub projects (issue 10)
  "a project": 14,
  // hubs (issue 9): session, facts, the hub's facts, then the page's own reads.
  "My hubs": 3,
  "hub members": 4,
  "hub invitations": 7,
  "hub settings": 5,
  "hub activity": 5,
  // Classic User Management (issue 8)
  "a classic contract as its manager": 7,
  // + the contract tabs' frame (issue 15): its row, products and first classic users, read once per request
  "a contract's activity": 8,
  "a person across both views": 4,
  // at most one statement per kind of difference (5), read until the page is full
  Mismatches: 7,
} as const;

export type BudgetedPage = keyof typeof ROUND_TRIP_BUDGETS;
