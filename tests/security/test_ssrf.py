"""The SSRF guard: every address that is not globally routable is refused before any
connection, IPv4 addresses hidden inside IPv6 forms included, on every redirect hop.

Only literal addresses and a monkeypatched resolver are used; the one server contacted is
a loopback server the test starts itself.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest

from dragoman.sources.http import Fetcher, FetchError, FetchPolicy, address_problem, refuse_non_public
from tests.support.server import LoopbackServer, serve

# (address, a word the refusal must contain)
HOSTILE = [
    ("100.100.100.200", "carrier-grade NAT"),  # a cloud metadata address
    ("100.64.0.1", "carrier-grade NAT"),
    ("192.0.0.170", "IETF protocol"),
    ("127.0.0.1", "loopback"),
    ("10.1.2.3", "private"),
    ("172.20.0.1", "private"),
    ("192.168.1.1", "private"),
    ("169.254.169.254", "link-local"),
    ("0.0.0.0", "this network"),
    ("198.18.0.5", "benchmarking"),
    ("203.0.113.9", "documentation"),
    ("239.255.255.250", "multicast"),
    ("255.255.255.255", "broadcast"),
    ("::1", "loopback"),
    ("::", "unspecified"),
    ("fe80::1%eth0", "link-local"),
    ("fec0::1", "site-local"),
    ("fd12:3456::1", "unique-local"),
    ("ff02::1", "multicast"),
    ("::ffff:127.0.0.1", "127.0.0.1"),  # IPv4-mapped
    ("::ffff:169.254.169.254", "169.254.169.254"),
    ("2002:7f00:1::", "127.0.0.1"),  # 6to4 around loopback
    ("2002:a9fe:a9fe::1", "169.254.169.254"),  # 6to4 around the metadata address
    ("64:ff9b::a00:1", "10.0.0.1"),  # NAT64 around a private address
    ("64:ff9b::7f00:1", "127.0.0.1"),
    ("64:ff9b:1::a00:1", "NAT64"),  # local-use NAT64 prefix
    ("2001:0:4136:e378:8000:63bf:3fff:fdd2", "192.0.2.45"),  # Teredo, client in TEST-NET-1
    ("2001:0:5db8:d822::a247:27dd", "Teredo"),  # public server and client: still a tunnel
    ("2001:db8::1", "documentation"),
    ("::127.0.0.1", "IPv4-compatible"),
    ("4000::1", "global unicast"),
]

PUBLIC = ["93.184.216.34", "2606:4700:4700::1111", "::ffff:93.184.216.34", "64:ff9b::5db8:d822",
          "1.1.1.1"]


@pytest.mark.parametrize(("address", "named"), HOSTILE)
def test_non_global_addresses_have_a_named_problem(address: str, named: str) -> None:
    problem = address_problem(address)
    assert problem is not None and named in problem, problem


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_pass(address: str) -> None:
    assert address_problem(address) is None


@pytest.mark.parametrize(("address", "named"), HOSTILE)
def test_literal_urls_are_refused_without_a_request(address: str, named: str) -> None:
    bare = address.split("%")[0]
    host = f"[{bare}]" if ":" in bare else bare
    url = f"http://{host}/latest/meta-data"
    with pytest.raises(FetchError) as caught:
        refuse_non_public(url)
    assert caught.value.source == url and named in caught.value.reason
    assert caught.value.permanent


@pytest.fixture
def resolver(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Names under .test resolve to the addresses listed here; anything else as usual."""
    answers: dict[str, list[str]] = {}
    real = socket.getaddrinfo

    def fake(host: Any, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
        if isinstance(host, str) and host in answers:
            return [(socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM,
                     socket.IPPROTO_TCP, "", (a, port)) for a in answers[host]]
        if isinstance(host, str) and host.endswith(".test"):
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", fake)
    return answers


def test_a_name_resolving_to_a_hostile_address_is_refused(resolver: dict[str, list[str]]) -> None:
    resolver["metadata.test"] = ["100.100.100.200"]
    resolver["mixed.test"] = ["93.184.216.34", "::ffff:10.0.0.7"]  # one bad answer is enough
    resolver["news.test"] = ["93.184.216.34", "2606:4700:4700::1111"]
    with pytest.raises(FetchError, match=r"metadata\.test resolves to .*100\.100\.100\.200"):
        refuse_non_public("http://metadata.test/computeMetadata/v1/")
    with pytest.raises(FetchError, match=r"10\.0\.0\.7"):
        refuse_non_public("https://mixed.test/a")
    refuse_non_public("https://news.test/a")  # every answer public: no error


def test_allow_list_and_other_refusals(resolver: dict[str, list[str]]) -> None:
    resolver["intranet.test"] = ["10.0.0.5"]
    refuse_non_public("http://intranet.test/feed", allow=("intranet.test",))
    refuse_non_public("http://intranet.test:8080/feed", allow=("intranet.test:8080",))
    with pytest.raises(FetchError, match="non-public"):
        refuse_non_public("http://intranet.test:9090/feed", allow=("intranet.test:8080",))
    with pytest.raises(FetchError, match="only http"):
        refuse_non_public("gopher://intranet.test/")
    with pytest.raises(FetchError, match="cannot resolve") as caught:
        refuse_non_public("http://unknown-name.test/")
    assert not caught.value.permanent  # DNS may answer later


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with serve() as s:
        yield s


def test_fetcher_checks_the_resolved_address_on_every_hop(
        server: LoopbackServer, resolver: dict[str, list[str]]) -> None:
    resolver["cgnat.test"] = ["100.100.100.200"]
    resolver["mapped.test"] = ["::ffff:127.0.0.1"]
    for name in ("cgnat.test", "mapped.test"):
        server.add(f"/to-{name}", b"", status=302, headers={"Location": f"http://{name}/secret"})
    policy = FetchPolicy(allow_private=frozenset({f"127.0.0.1:{server.port}"}), min_interval=0.0,
                         respect_robots=False)
    fetcher = Fetcher(policy)
    try:
        for name in ("cgnat.test", "mapped.test"):
            with pytest.raises(FetchError, match="non-public") as caught:
                fetcher.fetch(f"{server.base}/to-{name}")
            assert caught.value.source == f"http://{name}/secret"
        with pytest.raises(FetchError, match="non-public"):
            Fetcher(FetchPolicy(min_interval=0.0)).fetch("http://cgnat.test/")
    finally:
        fetcher.close()
    assert [h.path for h in server.log] == ["/to-cgnat.test", "/to-mapped.test"]


def test_a_name_that_rebinds_after_the_check_is_refused_at_connection(
        server: LoopbackServer, resolver: dict[str, list[str]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """DNS rebinding: public for the check, loopback for the connection."""
    answers = iter([["93.184.216.34"], ["127.0.0.1"]])
    real = socket.getaddrinfo

    def rebinding(host: Any, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
        if host == "rebind.test":
            resolver[host] = next(answers, ["127.0.0.1"])
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    server.add("/secret", "<html><body><p>internal</p></body></html>")
    fetcher = Fetcher(FetchPolicy(min_interval=0.0, respect_robots=False, retries=0))
    try:
        with pytest.raises(FetchError, match=r"refused at connection: .*127\.0\.0\.1"):
            fetcher.fetch(f"http://rebind.test:{server.port}/secret")
    finally:
        fetcher.close()
    assert server.log == []


def test_a_checked_name_is_connected_to_by_its_checked_address(
        server: LoopbackServer, resolver: dict[str, list[str]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The connection goes to the address that passed the check, with the name as Host."""
    from dragoman.sources import addresses

    monkeypatch.setattr(addresses, "address_problem", lambda ip: None)  # loopback counts as public
    resolver["alias.test"] = ["127.0.0.1"]
    server.add("/page", "<html><body><p>reached</p></body></html>")
    fetcher = Fetcher(FetchPolicy(min_interval=0.0, respect_robots=False, retries=0))
    try:
        assert fetcher.fetch(f"http://alias.test:{server.port}/page").status == 200
    finally:
        fetcher.close()
    assert server.hits("/page")[0].headers["host"] == f"alias.test:{server.port}"
