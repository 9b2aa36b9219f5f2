// The fact loaders: the only part of the library that reads the database. Each takes
// `db` or a transaction first, reads its facts in one SQL statement (JSON built by the
// database), and returns plain typed facts for `decide` (or null when the resource does
// not exist). Inside a use case, pass `tx` and ask for the locks the decision relies on.
export * from "./facts-account";
export * from "./facts-contract";
export * from "./facts-hub";
export * from "./facts-person";
export * from "./facts-project";
