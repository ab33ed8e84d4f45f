import type { Payload, PayloadRequest } from 'payload'

export type Recruiter = { id: number; email: string; follows: readonly string[] }

/**
 * Who hears of a submission with these interests (contribution area keys): the recruiters who
 * follow any of them. When it has none, or nobody follows them, every recruiter, so no
 * submission goes unnoticed.
 */
export function chooseRecipients(
  recruiters: readonly Recruiter[],
  interests: readonly string[],
): Recruiter[] {
  const followers = recruiters.filter((recruiter) =>
    recruiter.follows.some((key) => interests.includes(key)),
  )
  return followers.length > 0 ? followers : [...recruiters]
}

/** Every user with the recruiter role, with the keys of the contribution areas each follows. */
export async function findRecruiters(payload: Payload, req?: PayloadRequest): Promise<Recruiter[]> {
  const users = await payload.find({
    collection: 'users',
    where: { roles: { in: ['recruiter'] } },
    pagination: false,
    depth: 0,
    select: { email: true, followedInterests: true },
    overrideAccess: true,
    req,
  })
  const areaIds = [
    ...new Set(users.docs.flatMap((user) => (user.followedInterests ?? []).map(idOf))),
  ]
  const areas =
    areaIds.length === 0
      ? []
      : (
          await payload.find({
            collection: 'contribution-areas',
            where: { id: { in: areaIds } },
            pagination: false,
            depth: 0,
            select: { key: true },
            overrideAccess: true,
            req,
          })
        ).docs
  const keyOf = new Map(areas.map((area) => [area.id, area.key]))
  return users.docs.map((user) => ({
    id: user.id,
    email: user.email,
    follows: (user.followedInterests ?? []).flatMap((area) => keyOf.get(idOf(area)) ?? []),
  }))
}

const idOf = (value: number | { id: number }) => (typeof value === 'number' ? value : value.id)
