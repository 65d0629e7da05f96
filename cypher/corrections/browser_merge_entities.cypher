// Merge two entities that are one from Neo4j Browser (two names of one organisation, an operation
// named two ways): writes the correction record; the merge itself (facts, mentions and aliases
// follow the kept entity) is applied by `ctgraph corrections apply`, the next load of a document
// naming either, or at once through the API or `ctgraph correct merge`.
// @param keep: string — the entity kept, e.g. organisation:southeast-european-law-enforcement-center
// @param other: string — the entity merged into it, e.g. organisation:seci-center
// @param author: string — who merges them
// @param reason: string — why
MERGE (log:CorrectionLog {id: 'corrections'})
SET log.locked = true
REMOVE log.locked
WITH toString(datetime.realtime()) AS now
CREATE (c:Correction {
  id: 'c' + left(replace(replace(replace(now, '-', ''), ':', ''), '.', ''), 21) + '-' + left(randomUUID(), 8),
  action: 'merge', key: 'merge ' + CASE WHEN $keep < $other THEN $keep + ' ' + $other ELSE $other + ' ' + $keep END,
  keep: $keep, other: $other, author: $author, reason: $reason, at: now
})
RETURN c.id AS correction, c.key AS merge
