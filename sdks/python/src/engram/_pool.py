"""Connection pool figures of an httpx client (seed 001's get_connection_pool_stats)."""

from __future__ import annotations

from typing import Any, Dict


def pool_stats(http: Any, settings: Any) -> Dict[str, Any]:
    """Open, busy and idle connections of the client's pool, with its limits.

    ``active_handlers`` are connections carrying a request now, ``available_handlers`` idle
    connections ready for reuse (seed 001's names); read from httpcore's pool, so best effort:
    figures it cannot read are reported as 0.
    """
    pool = getattr(getattr(http, "_transport", None), "_pool", None)
    connections = list(getattr(pool, "connections", []) or [])
    idle = 0
    for c in connections:
        try:
            if c.is_idle():
                idle += 1
        except Exception:  # noqa: BLE001 - a connection type without is_idle()
            pass
    return {
        "max_connections": settings.max_connections,
        "max_keepalive_connections": settings.max_keepalive_connections,
        "open_connections": len(connections),
        "active_handlers": len(connections) - idle,
        "available_handlers": idle,
        "base_url": settings.base_url,
    }
