/**
 * The version comparison's view of a technical field (the seed's key): nothing. Editors never set
 * it and it never differs between an editor's versions; Payload's comparison would show it under
 * its English name («Seed Key»).
 */
export function NoDiff() {
  return null
}
