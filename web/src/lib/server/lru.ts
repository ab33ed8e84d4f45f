// Least-recently-used order on a plain Map: a Map iterates in insertion order, so moving a key to
// the end on each use leaves the least recently used first. Bounded memory for everything a
// visitor can add to (pages, addresses, signatures).

/** Marks `key` as just used: (re)inserts it last. */
export function touch<K, V>(map: Map<K, V>, key: K, value: V): void {
  map.delete(key)
  map.set(key, value)
}

/** Drops the least recently used (first) keys of `map` beyond `max`. */
export function evictOldest<K>(map: Map<K, unknown>, max: number): void {
  while (map.size > max) {
    const oldest = map.keys().next()
    if (oldest.done) return
    map.delete(oldest.value)
  }
}
