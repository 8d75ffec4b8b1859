package org.gongxue.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** After sign-in the person goes back where they were going — but never off the platform. */
class LoginPageTest {

    @ParameterizedTest
    @ValueSource(strings = {"/profile/index.xhtml", "/admin/index.xhtml?q=%E5%BC%A0"})
    void aPathInsideThePlatformIsFollowed(String next) {
        assertThat(loginWith(next).safeNext()).isEqualTo(next);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/", "/\\evil.example", "/\t/evil.example",
            "/\n/evil.example", "javascript:alert(1)", "/login.xhtml?next=/x", ""})
    void anythingElseGoesHome(String next) {
        assertThat(loginWith(next).safeNext()).isEqualTo("/index.xhtml");
    }

    private static LoginPage loginWith(String next) {
        LoginPage page = new LoginPage();
        page.setNext(next);
        return page;
    }
}
