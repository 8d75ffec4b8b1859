package org.gongxue.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who the client is behind reverse proxies, and which settings name proxies at all. */
class TrustedProxiesTest {

    private static final TrustedProxies PROXIES = TrustedProxies.parse("10.0.0.0/8, 192.0.2.10 ,2001:db8::/32");

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertThat(TrustedProxies.parse("").clientAddress("10.1.2.3", List.of("198.51.100.7"))).isEqualTo("10.1.2.3");
        assertThat(TrustedProxies.none().clientAddress("10.1.2.3", List.of("198.51.100.7"))).isEqualTo("10.1.2.3");
    }

    @Test
    void aPeerThatIsNotTrustedIsTheClientWhateverItForwards() {
        assertThat(PROXIES.clientAddress("198.51.100.7", List.of("10.0.0.1, 203.0.113.9"))).isEqualTo("198.51.100.7");
    }

    @Test
    void behindATrustedProxyTheClientIsTheRightMostUntrustedAddress() {
        // The client forged "203.0.113.66"; the outer proxy 192.0.2.10 saw 198.51.100.7; the inner one 10.9.9.9 saw the outer.
        List<String> header = List.of("203.0.113.66, 198.51.100.7, 192.0.2.10");
        assertThat(PROXIES.clientAddress("10.9.9.9", header)).isEqualTo("198.51.100.7");
    }

    @Test
    void severalHeadersReadAsOneListInTheirOrder() {
        assertThat(PROXIES.clientAddress("10.9.9.9", List.of("203.0.113.66", "198.51.100.7, 10.0.0.5")))
                .isEqualTo("198.51.100.7");
    }

    @Test
    void aTrustedProxyWithoutTheHeaderIsTheClient() {
        assertThat(PROXIES.clientAddress("10.9.9.9", List.of())).isEqualTo("10.9.9.9");
    }

    @Test
    void whenEveryHopIsTrustedTheFurthestIsTheClient() {
        assertThat(PROXIES.clientAddress("10.9.9.9", List.of("10.1.1.1, 10.2.2.2"))).isEqualTo("10.1.1.1");
    }

    @Test
    void garbageInTheHeaderStopsAtTheLastHopATrustedProxyVouchedFor() {
        assertThat(PROXIES.clientAddress("10.9.9.9", List.of("unknown"))).isEqualTo("10.9.9.9");
        assertThat(PROXIES.clientAddress("10.9.9.9", List.of("evil.example, 10.3.3.3"))).isEqualTo("10.3.3.3");
    }

    @Test
    void portsAndBracketsAreDroppedAndAddressesWrittenInOneForm() {
        assertThat(PROXIES.clientAddress("10.9.9.9", List.of("198.51.100.7:53211"))).isEqualTo("198.51.100.7");
        assertThat(PROXIES.clientAddress("10.9.9.9", List.of("[2001:DB9:0::1]:443"))).isEqualTo("2001:db9:0:0:0:0:0:1");
        assertThat(PROXIES.clientAddress("2001:db8::5", List.of("2001:db9::2"))).isEqualTo("2001:db9:0:0:0:0:0:2");
    }

    @Test
    void blocksMatchByPrefixAndFamily() {
        TrustedProxies proxies = TrustedProxies.parse("172.16.0.0/12, 127.0.0.1");
        assertThat(proxies.clientAddress("172.31.255.255", List.of("198.51.100.7"))).isEqualTo("198.51.100.7");
        assertThat(proxies.clientAddress("172.32.0.1", List.of("198.51.100.7"))).isEqualTo("172.32.0.1");
        assertThat(proxies.clientAddress("127.0.0.2", List.of("198.51.100.7"))).isEqualTo("127.0.0.2");
        assertThat(proxies.clientAddress("::1", List.of("198.51.100.7"))).isEqualTo("::1");
        assertThat(TrustedProxies.parse("0.0.0.0/0").clientAddress("8.8.8.8", List.of("198.51.100.7"))).isEqualTo("198.51.100.7");
    }

    @ParameterizedTest
    @ValueSource(strings = {"proxy.example", "10.0.0.0/33", "10.0.0.0/", "10.0.0.256", "010.0.0.1", "::1/129", "10.0.0.1/x", "10.0.0.0/8,,"})
    void aSettingThatIsNotAnAddressOrBlockIsRefusedWithItsEntry(String setting) {
        assertThatThrownBy(() -> TrustedProxies.parse(setting))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(TrustedProxies.KEY)
                .hasMessageContaining("not understood");
    }

    @Test
    void theRefusalNamesEveryBadEntry() {
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/8, proxy.example, 300.1.1.1"))
                .hasMessageEndingWith("not understood: 'proxy.example', '300.1.1.1'");
    }
}
