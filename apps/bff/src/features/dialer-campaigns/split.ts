/**
 * Deals a list out to members in consecutive slices whose sizes differ by at most one, in the members' order.
 * Members left without any item (fewer items than members) are not in the answer.
 */
export function splitEvenly<T>(items: readonly T[], memberIds: readonly number[]): Map<number, T[]> {
  const shares = new Map<number, T[]>();
  memberIds.forEach((memberId, index) => {
    const share = items.slice(
      Math.floor((index * items.length) / memberIds.length),
      Math.floor(((index + 1) * items.length) / memberIds.length),
    );
    if (share.length > 0) shares.set(memberId, share);
  });
  return shares;
}
