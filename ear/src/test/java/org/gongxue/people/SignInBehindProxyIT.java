package org.gongxue.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongxue.testing.Api.DEMO_PASSWORD;

import java.net.InetAddress;
import java.net.URL;
import java.net.UnknownHostException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.gongxue.testing.Api;
import org.gongxue.testing.HttpFromAddress;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform behind a reverse proxy: this test server (arquillian.xml, "wildfly-behind-proxy")
 * trusts 127.0.0.1 as a proxy and locks an address after 3 failures. Requests from 127.0.0.1
 * play the proxy, forwarding for made-up clients in the IPv6 documentation range (new ones on
 * every run, because the database outlives the run); requests from 127.0.0.2 play a peer that is
 * not a proxy.
 */
@Tag("behind-proxy")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBehindProxyIT {

    private static final int ADDRESS_FAILURES = 3;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void failuresOfDifferentAccountsFromOneForwardedClientLockThatClientOnly() {
        Api api = new Api(base);
        String client = newClientAddress();
        String neighbour = newClientAddress();
        String password = "Dianshan2026lake";
        String username = "it.proxy." + System.nanoTime();
        api.createPerson(username, "QINGPU", "CADRE", password);

        for (int i = 0; i < ADDRESS_FAILURES; i++) {
            // Whatever the client writes in front, the proxy's own entry (the right-most) is the address.
            String forged = newClientAddress() + ", " + client;
            HttpResponse<String> failed = api.send(api.request("api/people/me", "it.proxy.someone" + i, "wrong-" + i + "x")
                    .header("X-Forwarded-For", forged).GET().build());
            assertThat(failed.statusCode()).isEqualTo(401);
        }
        HttpResponse<String> lockedClient = api.send(api.request("api/people/me", username, password)
                .header("X-Forwarded-For", client).GET().build());
        HttpResponse<String> otherClient = api.send(api.request("api/people/me", username, password)
                .header("X-Forwarded-For", neighbour).GET().build());

        assertThat(lockedClient.statusCode()).as("the right password from the locked address").isEqualTo(401);
        assertThat(otherClient.statusCode()).as("the right password from another address").isEqualTo(200);
        assertThat(auditEntries(api, username)).anySatisfy(entry -> assertThat(entry).contains(
                        "\"action\":\"SIGN_IN_LOCKED\"", "\"address\":\"" + client + "\""))
                .anySatisfy(entry -> assertThat(entry).contains("\"action\":\"SIGN_IN\"", "\"address\":\"" + neighbour + "\""));
    }

    @Test
    void aPeerThatIsNotATrustedProxyIsTheAddressWhateverItForwards() {
        Api api = new Api(base);
        String lockedClient = newClientAddress();
        String password = "Xitang2026water";
        String username = "it.peer." + System.nanoTime();
        api.createPerson(username, "JIASHAN", "CADRE", password);
        for (int i = 0; i < ADDRESS_FAILURES; i++) {
            api.send(api.request("api/people/me", "it.nobody." + System.nanoTime(), "wrong-password-1")
                    .header("X-Forwarded-For", lockedClient).GET().build());
        }

        int throughProxy = api.send(api.request("api/people/me", username, password)
                .header("X-Forwarded-For", lockedClient).GET().build()).statusCode();
        int fromOtherPeer = HttpFromAddress.get("127.0.0.2", base, "api/people/me",
                Map.of("Authorization", Api.basic(username, password), "X-Forwarded-For", lockedClient));
        int failedFromOtherPeer = HttpFromAddress.get("127.0.0.2", base, "api/people/me",
                Map.of("Authorization", Api.basic(username, "wrong-password-2"), "X-Forwarded-For", newClientAddress()));

        assertThat(throughProxy).as("the forwarded address is locked").isEqualTo(401);
        assertThat(fromOtherPeer).as("an untrusted peer's header is ignored, so the lock does not apply").isEqualTo(200);
        assertThat(failedFromOtherPeer).isEqualTo(401);
        assertThat(auditEntries(api, username))
                .anySatisfy(entry -> assertThat(entry).contains("\"action\":\"SIGN_IN\"", "\"address\":\"127.0.0.2\""))
                .anySatisfy(entry -> assertThat(entry).contains("\"action\":\"SIGN_IN_FAILED\"", "\"address\":\"127.0.0.2\""));
    }

    /** The account's newest audit entries, one JSON object each. */
    private static List<String> auditEntries(Api api, String username) {
        HttpResponse<String> audit = api.get("platform.admin", DEMO_PASSWORD, "api/audit?key=" + username + "&limit=10");
        assertThat(audit.statusCode()).isEqualTo(200);
        return List.of(audit.body().split("},\\{"));
    }

    /** A random address of 2001:db8::/32, written as the server writes addresses. */
    private static String newClientAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String literal = "2001:db8:%x:%x::%x".formatted(random.nextInt(0x10000), random.nextInt(0x10000), random.nextInt(1, 0x10000));
        try {
            return InetAddress.getByName(literal).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
