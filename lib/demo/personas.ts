/**
 * The demo people whose sign-ins the README lists, one per role. The demo world
 * (lib/demo/demo.ts), the end-to-end fixtures and the README all read them from here.
 */
export const DEMO_PASSWORD = "portal-demo";

export const personas = {
  primaryAdmin: { email: "priya.raman@northwind.example", firstName: "Priya", lastName: "Raman" },
  secondaryAdmin: { email: "marcus.chen@northwind.example", firstName: "Marcus", lastName: "Chen" },
  secondaryAdmin2: { email: "elena.petrova@northwind.example", firstName: "Elena", lastName: "Petrova" },
  ssoAdmin: { email: "sam.okafor@northwind.example", firstName: "Sam", lastName: "Okafor" },
  namedUser: { email: "tom.fischer@northwind.example", firstName: "Tom", lastName: "Fischer" },
  /** Contract manager of two classic contracts (one with a software coordinator) and a named contract. */
  contractManager: { email: "daniel.weber@northwind.example", firstName: "Daniel", lastName: "Weber" },
  /** Contract manager of the third classic contract (no software coordinator). */
  contractManager2: { email: "hannah.kim@northwind.example", firstName: "Hannah", lastName: "Kim" },
  softwareCoordinator: { email: "aisha.bello@northwind.example", firstName: "Aisha", lastName: "Bello" },
  classicUser: { email: "omar.haddad@northwind.example", firstName: "Omar", lastName: "Haddad" },
  otherAccountAdmin: { email: "grace.liu@contoso.example", firstName: "Grace", lastName: "Liu" },
  classicOnlyManager: { email: "victor.santos@fabrikam.example", firstName: "Victor", lastName: "Santos" },
  hubAdmin: { email: "nina.johansson@northwind.example", firstName: "Nina", lastName: "Johansson" },
  hubMember: { email: "leo.martin@northwind.example", firstName: "Leo", lastName: "Martin" },
  projectContributor: { email: "zoe.adams@partner.example", firstName: "Zoe", lastName: "Adams" },
  deactivatedMember: { email: "ivan.petrov@northwind.example", firstName: "Ivan", lastName: "Petrov" },
} as const;

export type PersonaKey = keyof typeof personas;

export const demoAccounts = {
  hybrid: "Northwind Engineering",
  namedOnly: "Contoso Design",
  classicOnly: "Fabrikam Builders",
} as const;

export const demoHubName = "Northwind Product Design";
