import { personas } from "./personas";

/**
 * The demo world's non-persona people, as plain [first, last] pairs per domain and role.
 * Fixed lists (no randomness), so every seeded database looks the same and screenshots,
 * docs and tests can rely on it.
 */
export type NamePair = readonly [first: string, last: string];

/** Northwind's other named users; the last four are still `invited`. */
export const northwindNamedUsers: readonly NamePair[] = [
  ["Olivia", "Brennan"], ["Kenji", "Watanabe"], ["Fatima", "Al-Sayed"], ["Lucas", "Moreau"],
  ["Ingrid", "Nilsson"], ["Rahul", "Mehta"], ["Sofia", "Rossi"], ["Chidi", "Okonkwo"],
  ["Emma", "Schulz"], ["Mateo", "Garcia"], ["Hana", "Novak"], ["Ethan", "Brooks"],
  ["Yuki", "Tanaka"], ["Amara", "Diallo"], ["Jonas", "Becker"], ["Chloe", "Dubois"],
  ["Arjun", "Nair"], ["Maja", "Kowalski"], ["Diego", "Fernandez"], ["Freya", "Lindqvist"],
  ["Samuel", "Osei"], ["Laura", "Bianchi"], ["Noah", "Whitaker"], ["Mei", "Zhang"],
  ["Patrick", "O'Neill"], ["Zara", "Hussain"], ["Felix", "Wagner"], ["Isabel", "Costa"],
  ["Tariq", "Rahman"], ["Anna", "Horvath"], ["Ryan", "Park"], ["Lina", "Haddad"], ["Oscar", "Lund"],
];
export const northwindInvitedCount = 4;

/** Classic users of Northwind's three classic contracts (besides personas and overlaps). */
export const northwindClassicUsers = {
  withCoordinator: [["Peter", "Hall"], ["Gabriela", "Silva"], ["Wei", "Chen"], ["Tobias", "Keller"], ["Nadia", "Ivanova"]],
  withoutCoordinator: [["Marta", "Nowak"], ["Henrik", "Berg"], ["Aylin", "Demir"]],
  secondManager: [["George", "Adeyemi"], ["Clara", "Vogel"], ["Luis", "Romero"], ["Sara", "Lindgren"]],
} as const satisfies Record<string, readonly NamePair[]>;

/** Contoso's named users besides its primary admin; the first is a secondary admin, the last invited. */
export const contosoNamedUsers: readonly NamePair[] = [
  ["Ben", "Carter"], ["Priyanka", "Shah"], ["Lars", "Eriksen"], ["Daniel", "Okoro"], ["Mia", "Hoffmann"],
];

export const fabrikamClassicUsers: readonly NamePair[] = [
  ["Rosa", "Jimenez"], ["Kwame", "Asante"], ["Helen", "Price"], ["Dmitri", "Sokolov"], ["Julia", "Meyer"],
];

/** An outside Project Contributor of the hub besides personas.projectContributor. */
export const partnerContributor: NamePair = ["Marco", "Bellini"];

/** `first.last@domain`, lowercased, with apostrophes dropped and spaces turned into dashes. */
export function emailFor([first, last]: NamePair, domain: string): string {
  const slug = (s: string) => s.toLowerCase().replace(/['’]/g, "").replace(/\s+/g, "-");
  return `${slug(first)}.${slug(last)}@${domain}`;
}

export type DemoPerson = { email: string; firstName: string; lastName: string };

export function person(pair: NamePair, domain: string): DemoPerson {
  return { email: emailFor(pair, domain), firstName: pair[0], lastName: pair[1] };
}

/** Every persona as a DemoPerson, in a stable order. */
export function personaPeople(): DemoPerson[] {
  return Object.values(personas).map((p) => ({ email: p.email, firstName: p.firstName, lastName: p.lastName }));
}
