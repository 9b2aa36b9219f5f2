import { describe, expect, it } from "vitest";
import { PEER_HEADER, clientAddress, normaliseAddress, trustedProxyHops } from "./client-address";

const headers = (h: Record<string, string>) => new Headers(h);

describe("the client address rate limits count by", () => {
  it("security: without TRUST_PROXY it is the TCP peer; X-Forwarded-For, the client's word, is ignored", () => {
    const h = headers({ [PEER_HEADER]: "203.0.113.7", "x-forwarded-for": "198.51.100.1, 198.51.100.2" });
    expect(clientAddress(h, {})).toBe("203.0.113.7");
    expect(clientAddress(h, { TRUST_PROXY: "off" })).toBe("203.0.113.7");
    // Rotating the header changes nothing.
    for (let i = 0; i < 5; i++) expect(clientAddress(headers({ [PEER_HEADER]: "203.0.113.7", "x-forwarded-for": `10.0.0.${i}` }), {})).toBe("203.0.113.7");
  });

  it("security: with TRUST_PROXY it is the rightmost X-Forwarded-For entry (what your proxy saw), never one further left", () => {
    const h = headers({ [PEER_HEADER]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 198.51.100.9" });
    expect(clientAddress(h, { TRUST_PROXY: "1" })).toBe("198.51.100.9");
    expect(clientAddress(h, { TRUST_PROXY: "on" })).toBe("198.51.100.9");
    expect(clientAddress(headers({ [PEER_HEADER]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 198.51.100.9, 10.0.0.5" }), { TRUST_PROXY: "2" })).toBe("198.51.100.9");
    // A proxy that sent no header: the peer (the proxy itself) rather than nothing.
    expect(clientAddress(headers({ [PEER_HEADER]: "10.0.0.2" }), { TRUST_PROXY: "1" })).toBe("10.0.0.2");
  });

  it("security: IPv6 counts by /64 and IPv4-mapped addresses as IPv4, so neither can be rotated within one subscriber", () => {
    expect(normaliseAddress("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(normaliseAddress("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(normaliseAddress("::ffff:192.0.2.4")).toBe("192.0.2.4");
    expect(normaliseAddress("[::1]")).toBe("0:0:0:0::/64");
    expect(normaliseAddress("not an address")).toBe("unknown");
    expect(normaliseAddress(undefined)).toBe("unknown");
  });

  it("security: TRUST_PROXY reads as a number of proxies", () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TRUST_PROXY: "false" })).toBe(0);
    expect(trustedProxyHops({ TRUST_PROXY: "true" })).toBe(1);
    expect(trustedProxyHops({ TRUST_PROXY: "3" })).toBe(3);
  });
});
