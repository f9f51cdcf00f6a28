/** The items in order, cut into runs whose `bytes` add up to at most `limit`; an item larger than that is a run of its own. */
export function batchesOfStoredSize<T extends { bytes: number }>(items: T[], limit: number): T[][] {
  const batches: T[][] = [];
  let batch: T[] = [];
  let size = 0;
  for (const item of items) {
    if (batch.length > 0 && size + item.bytes > limit) {
      batches.push(batch);
      batch = [];
      size = 0;
    }
    batch.push(item);
    size += item.bytes;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
