package org.gongxue.platform.security;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The reverse proxies whose X-Forwarded-For header is believed (gongxue.security.trusted-proxies:
 * addresses and CIDR blocks, comma-separated). Anyone can send that header, so it says who the
 * client is only when the peer that sent it is one of ours; then the client is the right-most
 * address in it that is not one of ours either (each proxy appends the peer it saw, so everything
 * left of that address was written by the client and proves nothing).
 */
public final class TrustedProxies {

    public static final String KEY = "gongxue.security.trusted-proxies";
    private static final TrustedProxies NONE = new TrustedProxies(List.of());

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    public static TrustedProxies none() {
        return NONE;
    }

    /**
     * @param configured e.g. {@code "10.0.0.0/8, 192.0.2.10, 2001:db8::/32"}; blank trusts no proxy
     * @throws IllegalArgumentException naming every entry that is not an address or a CIDR block
     */
    public static TrustedProxies parse(String configured) {
        if (configured == null || configured.isBlank()) {
            return NONE;
        }
        List<Block> blocks = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (String entry : configured.split(",", -1)) {
            Block.parse(entry.strip()).ifPresentOrElse(blocks::add, () -> bad.add("'" + entry.strip() + "'"));
        }
        if (!bad.isEmpty()) {
            throw new IllegalArgumentException(KEY + " must list IP addresses or CIDR blocks (e.g. 10.0.0.0/8, 192.0.2.10);"
                    + " not understood: " + String.join(", ", bad));
        }
        return new TrustedProxies(blocks);
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** Whether the direct peer (an IP literal, as the servlet gives it) is one of our proxies. */
    public boolean trustsPeer(String peer) {
        return IpLiterals.parse(peer).map(this::trusts).orElse(false);
    }

    boolean trusts(InetAddress address) {
        return blocks.stream().anyMatch(block -> block.contains(address));
    }

    /**
     * The client's address as far as it can be known.
     *
     * @param peer the address of the direct peer (the servlet's remote address)
     * @param forwardedFor every X-Forwarded-For header of the request, in order
     */
    public String clientAddress(String peer, List<String> forwardedFor) {
        Optional<InetAddress> peerAddress = IpLiterals.parse(peer);
        if (peerAddress.isEmpty() || !trusts(peerAddress.get())) {
            return peer;
        }
        InetAddress nearest = peerAddress.get();
        List<String> hops = forwardedFor.stream().flatMap(header -> Arrays.stream(header.split(","))).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = IpLiterals.parse(hops.get(i));
            if (hop.isEmpty()) {
                // Garbage that a trusted proxy passed on: the last hop it vouched for is all we know.
                break;
            }
            nearest = hop.get();
            if (!trusts(nearest)) {
                break;
            }
        }
        return nearest.getHostAddress();
    }

    /** A CIDR block; a single address is a block of full length. */
    private record Block(byte[] network, int prefixLength) {

        static Optional<Block> parse(String text) {
            int slash = text.indexOf('/');
            Optional<InetAddress> address = IpLiterals.parse(slash < 0 ? text : text.substring(0, slash));
            if (address.isEmpty()) {
                return Optional.empty();
            }
            int bits = address.get().getAddress().length * 8;
            int prefix = bits;
            if (slash >= 0) {
                String length = text.substring(slash + 1);
                if (!length.matches("\\d{1,3}") || Integer.parseInt(length) > bits) {
                    return Optional.empty();
                }
                prefix = Integer.parseInt(length);
            }
            return Optional.of(new Block(address.get().getAddress(), prefix));
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefixLength; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
