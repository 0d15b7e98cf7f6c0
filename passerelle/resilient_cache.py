"""Django's Redis cache that a Redis outage does not take down with it.

Every instance shares one Redis (page and fragment caches, rate limits). When Redis is
unreachable, each call answers as a cache miss (``get`` → default, ``set`` → nothing stored,
``add`` → stored) so pages are still served, from the database; the outage is logged once per
process, and Redis is not tried again for ``RETRY_AFTER`` seconds (no half-second wait on every
call). Its return is logged too. Sessions are in the database, so nobody is signed out.
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_AFTER = 30.0


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._down_until = 0.0
        self._down = False
        self._lock = threading.Lock()

    def _call(self, method: str, fallback, *args, **kwargs):
        if self._down and time.monotonic() < self._down_until:
            return fallback
        try:
            result = getattr(super(), method)(*args, **kwargs)
        except RedisError as error:
            with self._lock:
                if not self._down:
                    logger.error(
                        "Redis unreachable (%s): cache bypassed, pages served without it",
                        type(error).__name__,
                    )
                self._down = True
                self._down_until = time.monotonic() + RETRY_AFTER
            return fallback
        if self._down:
            with self._lock:
                if self._down:
                    logger.warning("Redis reachable again: cache back in use")
                self._down = False
        return result

    def get(self, key, default=None, version=None):
        return self._call("get", default, key, default, version)

    def get_many(self, keys, version=None):
        return self._call("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._call("has_key", False, key, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", None, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", list(data), data, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        # "Stored": a caller guarding against repeats goes ahead rather than skipping for ever.
        return self._call("add", True, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._call("delete", False, key, version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", None, keys, version)

    def incr(self, key, delta=1, version=None):
        return self._call("incr", delta, key, delta, version)

    def clear(self):
        return self._call("clear", False)
