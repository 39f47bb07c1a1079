"""Which network addresses a crawler may connect to: only globally routable ones (SSRF guard).

``address_problem(ip)`` is the pure check; ``public_addresses(host, port)`` resolves a name
and refuses it when any address is not public; ``PinnedBackend`` (an httpcore network
backend) does that again at connection time and connects to the address it checked, so a
DNS answer that changes between the check and the connection (DNS rebinding) reaches
nothing private.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from typing import Any

from dragoman.errors import DragomanError

# Ranges that are not globally routable although Python 3.11's ``is_global`` says they are
# (IANA special-purpose registries), with the name used in refusals.
_Special = list[tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, str]]
_IPV4_SPECIAL: _Special = [(ipaddress.IPv4Network(n), what) for n, what in (
    ("0.0.0.0/8", "'this network'"), ("10.0.0.0/8", "private"),
    ("100.64.0.0/10", "shared carrier-grade NAT (cloud metadata services live here)"),
    ("127.0.0.0/8", "loopback"), ("169.254.0.0/16", "link-local"), ("172.16.0.0/12", "private"),
    ("192.0.0.0/24", "IETF protocol assignments"), ("192.0.2.0/24", "documentation"),
    ("192.88.99.0/24", "6to4 relay anycast"), ("192.168.0.0/16", "private"),
    ("198.18.0.0/15", "benchmarking"), ("198.51.100.0/24", "documentation"),
    ("203.0.113.0/24", "documentation"), ("224.0.0.0/4", "multicast"),
    ("255.255.255.255/32", "broadcast"), ("240.0.0.0/4", "reserved"),
)]  # fmt: skip
_IPV6_SPECIAL: _Special = [(ipaddress.IPv6Network(n), what) for n, what in (
    ("::/128", "unspecified"), ("::1/128", "loopback"), ("::/96", "IPv4-compatible (deprecated)"),
    ("64:ff9b:1::/48", "local-use NAT64"), ("100::/64", "discard-only"),
    ("2001::/32", "Teredo"), ("2001::/23", "IETF protocol assignments"),
    ("2001:db8::/32", "documentation"), ("2002::/16", "6to4"), ("3fff::/20", "documentation"),
    ("5f00::/16", "segment routing"), ("fc00::/7", "unique-local"), ("fe80::/10", "link-local"),
    ("fec0::/10", "site-local (deprecated)"), ("ff00::/8", "multicast"),
)]  # fmt: skip
_GLOBAL_UNICAST_V6 = ipaddress.IPv6Network("2000::/3")
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")




class AddressRefused(DragomanError):
    """A host resolves to an address that is not globally routable; ``problem`` says which."""

    def __init__(self, host: str, problem: str) -> None:
        super().__init__(f"{host} resolves to the non-public address {problem}")
        self.host = host
        self.problem = problem


IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def _embedded_ipv4(addr: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address carries (mapped, 6to4, NAT64, Teredo)."""
    if addr.ipv4_mapped is not None:
        return [addr.ipv4_mapped]
    if addr.sixtofour is not None:
        return [addr.sixtofour]
    if addr in _NAT64:
        return [ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF)]
    if addr.teredo is not None:
        return list(addr.teredo)
    return []


def address_problem(ip: IPAddress | str) -> str | None:
    """Why ``ip`` must not be fetched from (not globally routable), or None when it is public.

    IPv4 addresses inside IPv6 ones are unwrapped and checked too; a mapped or NAT64 form of
    a public IPv4 address is public, every 6to4 and Teredo address is refused (obsolete
    tunnels, not routable by IANA's registry) with the embedded address named.
    """
    addr = ipaddress.ip_address(ip.split("%")[0]) if isinstance(ip, str) else ip
    if isinstance(addr, ipaddress.IPv6Address):
        for inner in _embedded_ipv4(addr):
            kind = _non_global_kind(inner)
            if kind:
                return f"{addr} carries the IPv4 address {inner}, which is {kind}"
        if addr.ipv4_mapped is not None or addr in _NAT64:
            return None
    kind = _non_global_kind(addr)
    return f"{addr} is {kind}" if kind else None


def _non_global_kind(addr: IPAddress) -> str | None:
    """What kind of non-global range ``addr`` is in, or None when it is globally routable."""
    is_v6 = isinstance(addr, ipaddress.IPv6Address)
    for net, what in _IPV6_SPECIAL if is_v6 else _IPV4_SPECIAL:
        if addr in net:
            return f"{what} ({net})"
    if is_v6 and addr not in _GLOBAL_UNICAST_V6:
        return "outside IPv6 global unicast (2000::/3)"
    if not addr.is_global:
        return "not globally routable"
    return None


def is_allowed(hostname: str, port: int, allow: Iterable[str]) -> bool:
    allowed = set(allow)
    return "*" in allowed or hostname in allowed or f"{hostname}:{port}" in allowed



def public_addresses(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to, in the resolver's order; AddressRefused when any of
    them is not public (socket.gaierror / UnicodeError when it does not resolve)."""
    infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    for address in addresses:
        problem = address_problem(address)
        if problem:
            raise AddressRefused(host, problem)
    return addresses


def pinned_backend(allow: Iterable[str]) -> Any:
    """An httpcore network backend that checks the addresses of every host it connects to
    (unless ``allow``ed) and connects to a checked address, never to a fresh DNS answer."""
    import httpcore

    allowed = frozenset(allow)

    class PinnedBackend(httpcore.SyncBackend):
        def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                        local_address: str | None = None,
                        socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
            if is_allowed(host, port, allowed):
                return super().connect_tcp(host, port, timeout, local_address, socket_options)
            try:
                addresses = public_addresses(host, port)
            except (socket.gaierror, UnicodeError) as exc:
                raise httpcore.ConnectError(f"cannot resolve {host} ({exc})") from exc
            failure: Exception = httpcore.ConnectError(f"{host} has no address")
            for address in addresses:
                try:
                    return super().connect_tcp(address, port, timeout, local_address,
                                               socket_options)
                except httpcore.ConnectError as exc:  # next address, as create_connection does
                    failure = exc
            raise failure

    return PinnedBackend()
