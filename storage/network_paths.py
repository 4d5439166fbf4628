"""How we are connected to a person or an organization: the shortest paths (at most 3 hops) from someone we know.

One recursive SQL query walks from the target over the links (storage/network.py) and the contacts' organizations;
it deepens one hop at a time and stops at the first depth where it meets a customer or an advocate the asker may
see, so its cost follows the target's neighbourhood, not the size of the store.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from storage.network import Node


@dataclass(frozen=True)
class Path:
    """Nodes from a person we know to the target, and each hop's kind and direction (True: nodes[i] KIND nodes[i+1])."""

    nodes: tuple[Node, ...]
    hops: tuple[tuple[str, bool], ...]


# One row per walk: the node reached, how many hops, the nodes on the way (",c12,o4,") and the hops ("employee<,").
# "(x OR w.depth < 0)" is x (depth is never negative), written so the condition names the walk too: a condition on
# the looked-up table alone makes SQLite build a Bloom filter over that whole table for every query (measured:
# 160 ms on 500,000 links instead of 0.2 ms).
_SQLITE_WALK = """
WITH RECURSIVE walk(t, id, depth, nodes, hops) AS (
  SELECT :t, :id, 0, ',' || :t || :id || ',', ''
  UNION ALL
  SELECT r.b_type, r.b_id, w.depth + 1, w.nodes || r.b_type || r.b_id || ',', w.hops || r.kind || '>,'
    FROM walk w JOIN relationship r ON r.a_type = w.t AND r.a_id = w.id
   WHERE w.depth < :hops AND (r.ended_at IS NULL OR w.depth < 0) AND instr(w.nodes, ',' || r.b_type || r.b_id || ',') = 0
  UNION ALL
  SELECT r.a_type, r.a_id, w.depth + 1, w.nodes || r.a_type || r.a_id || ',', w.hops || r.kind || '<,'
    FROM walk w JOIN relationship r ON r.b_type = w.t AND r.b_id = w.id
   WHERE w.depth < :hops AND (r.ended_at IS NULL OR w.depth < 0) AND instr(w.nodes, ',' || r.a_type || r.a_id || ',') = 0
  UNION ALL
  SELECT 'o', c.organization_id, w.depth + 1, w.nodes || 'o' || c.organization_id || ',', w.hops || 'employee>,'
    FROM walk w JOIN contact c ON w.t = 'c' AND c.id = w.id
   WHERE w.depth < :hops AND (c.organization_id IS NOT NULL OR w.depth < 0) AND instr(w.nodes, ',o' || c.organization_id || ',') = 0
  UNION ALL
  SELECT 'c', c.id, w.depth + 1, w.nodes || 'c' || c.id || ',', w.hops || 'employee<,'
    FROM walk w JOIN contact c ON w.t = 'o' AND c.organization_id = w.id
   WHERE w.depth < :hops AND instr(w.nodes, ',c' || c.id || ',') = 0
)
"""
# PostgreSQL allows one reference to the recursive query: the four ways out of a node are one LATERAL union.
_PG_WALK = """
WITH RECURSIVE walk(t, id, depth, nodes, hops) AS (
  SELECT CAST(:t AS varchar), CAST(:id AS integer), 0, ',' || :t || :id || ',', CAST('' AS text)
  UNION ALL
  SELECT n.t, n.id, w.depth + 1, w.nodes || n.t || n.id || ',', w.hops || n.hop || ','
    FROM walk w CROSS JOIN LATERAL (
      SELECT r.b_type AS t, r.b_id AS id, r.kind || '>' AS hop FROM relationship r
       WHERE r.a_type = w.t AND r.a_id = w.id AND r.ended_at IS NULL
      UNION ALL
      SELECT r.a_type, r.a_id, r.kind || '<' FROM relationship r
       WHERE r.b_type = w.t AND r.b_id = w.id AND r.ended_at IS NULL
      UNION ALL
      SELECT 'o', c.organization_id, 'employee>' FROM contact c
       WHERE w.t = 'c' AND c.id = w.id AND c.organization_id IS NOT NULL
      UNION ALL
      SELECT 'c', c.id, 'employee<' FROM contact c WHERE w.t = 'o' AND c.organization_id = w.id
    ) n
   WHERE w.depth < :hops AND position(',' || n.t || n.id || ',' in w.nodes) = 0
)
"""


def paths_to(
    *,
    session: Session,
    target: Node,
    max_hops: int = 3,
    owner_ids: Collection[int] | None = None,
    limit: int = 3,
    deepen: bool = True,
) -> list[Path]:
    """The shortest paths (at most ``max_hops`` links) from a person we know to ``target``.

    "We know" someone who is a customer or an advocate (a relationship we actually have), visible to the asker.
    The walk starts at the target, so it only ever reads the target's neighbourhood.
    """
    walk = _PG_WALK if session.get_bind().dialect.name == "postgresql" else _SQLITE_WALK
    owned = ""
    if owner_ids is not None:
        owned = " AND c.owner_id IN (" + (",".join(str(int(i)) for i in sorted(owner_ids)) or "NULL") + ")"
    query = text(
        walk
        # CROSS JOIN: SQLite then walks the few walked rows and looks each contact up, instead of scanning the
        # contacts by stage and probing the walk (which it does on a big store).
        + "SELECT w.nodes, w.hops FROM walk w CROSS JOIN contact c "
        + "WHERE w.t = 'c' AND c.id = w.id AND w.depth > 0 AND (c.stage IN ('customer', 'advocate') OR w.depth < 0)"
        + owned
        + " ORDER BY w.depth, c.id LIMIT :rows"
    )
    # Deepen one hop at a time: most targets have someone we know one or two hops away, and a walk that stops
    # there reads a small fraction of the rows a full 3-hop walk reads (the walk grows with the degree cubed).
    rows: list[Any] = []
    for hops_ in range(1, max_hops + 1) if deepen else (max_hops,):
        params = {"t": target[0], "id": target[1], "hops": hops_, "rows": limit * 4}
        rows = list(session.connection().execute(query, params).all())
        if rows:
            break
    out: list[Path] = []
    seen: set[tuple[Node, ...]] = set()
    for nodes_text, hops_text in rows:
        nodes = tuple((token[0], int(token[1:])) for token in nodes_text.strip(",").split(","))
        steps = tuple((h[:-1], h[-1] == ">") for h in hops_text.strip(",").split(","))
        # Walked from the target: read it backwards, from the person we know to the target.
        path = Path(nodes[::-1], tuple((kind, not forward) for kind, forward in steps[::-1]))
        if path.nodes not in seen:  # a recorded employee link and the contact's organization are the same hop
            seen.add(path.nodes)
            out.append(path)
    return out[:limit]
