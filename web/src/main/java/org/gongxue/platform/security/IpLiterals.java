package org.gongxue.platform.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads IP addresses written as literals (IPv4 dotted quads, IPv6), never names: a header or a
 * setting must not make the server ask DNS. Accepts the forms proxies write into
 * X-Forwarded-For: {@code 203.0.113.7}, {@code 203.0.113.7:51234}, {@code 2001:db8::1},
 * {@code [2001:db8::1]:443}.
 */
final class IpLiterals {

    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(" + IPV4.pattern() + "):\\d{1,5}");
    private static final Pattern BRACKETED_IPV6 = Pattern.compile("\\[([0-9A-Fa-f:.]+)](:\\d{1,5})?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private IpLiterals() {
    }

    /** The address written in {@code text}, or empty if it is not an IP literal (names included). */
    static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String literal = text.strip();
        var withPort = IPV4_WITH_PORT.matcher(literal);
        var bracketed = BRACKETED_IPV6.matcher(literal);
        if (withPort.matches()) {
            literal = withPort.group(1);
        } else if (bracketed.matches()) {
            literal = bracketed.group(1);
        }
        if (!IPV4.matcher(literal).matches() && !IPV6.matcher(literal).matches()) {
            return Optional.empty();
        }
        try {
            // A literal of these shapes is parsed, not looked up.
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
