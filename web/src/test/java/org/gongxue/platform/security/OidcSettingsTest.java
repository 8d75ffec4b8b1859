package org.gongxue.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When single sign-on is on, and which settings are refused before anyone can sign in. */
class OidcSettingsTest {

    private static final Map<String, String> COMPLETE = Map.of(
            OidcSettings.PROVIDER_URL, "https://idp.example/realms/zone",
            OidcSettings.CLIENT_ID, "gongxue",
            OidcSettings.CLIENT_SECRET, "s3cret");

    @Test
    void nothingConfiguredIsTheLocalLogin() {
        OidcSettings settings = settings(Map.of());

        assertThat(settings.enabled()).isFalse();
        assertThat(settings.problem()).isEmpty();
    }

    @Test
    void blankValuesCountAsUnset() {
        assertThat(settings(Map.of(OidcSettings.PROVIDER_URL, "  ", OidcSettings.CLIENT_ID, "")).problem()).isEmpty();
    }

    @Test
    void aCompleteConfigurationSignsInThroughTheProviderByPreferredUsername() {
        OidcSettings settings = settings(COMPLETE);

        assertThat(settings.enabled()).isTrue();
        assertThat(settings.problem()).isEmpty();
        assertThat(settings.principalAttribute()).isEqualTo("preferred_username");
    }

    @Test
    void aHalfConfigurationNamesWhatIsMissingAsEnvironmentVariablesAndKeys() {
        OidcSettings settings = settings(Map.of(OidcSettings.PROVIDER_URL, "https://idp.example/realms/zone"));

        assertThat(settings.problem()).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("OpenID Connect sign-in is configured only in part: also set "
                        + "GONGXUE_OIDC_CLIENT_ID (gongxue.oidc.client-id), GONGXUE_OIDC_CLIENT_SECRET (gongxue.oidc.client-secret),")
                .endsWith("to keep the local login"));
    }

    @Test
    void aSecretWithoutAProviderIsAHalfConfigurationToo() {
        OidcSettings settings = settings(Map.of(OidcSettings.CLIENT_SECRET, "s3cret"));

        assertThat(settings.enabled()).isFalse();
        assertThat(settings.problem()).hasValueSatisfying(problem -> assertThat(problem)
                .contains("also set GONGXUE_OIDC_PROVIDER_URL (gongxue.oidc.provider-url), GONGXUE_OIDC_CLIENT_ID"));
    }

    @Test
    void theProviderMustBeAWebAddress() {
        Map<String, String> values = new HashMap<>(COMPLETE);
        values.put(OidcSettings.PROVIDER_URL, "idp.example");

        assertThat(settings(values).problem()).hasValueSatisfying(problem -> assertThat(problem)
                .contains("GONGXUE_OIDC_PROVIDER_URL", "not 'idp.example'"));
    }

    @Test
    void theSecretNeverAppearsInAProblem() {
        Map<String, String> values = new HashMap<>(COMPLETE);
        values.put(OidcSettings.PROVIDER_URL, "ftp://idp.example");

        assertThat(settings(values).problem()).hasValueSatisfying(problem -> assertThat(problem).doesNotContain("s3cret"));
    }

    @Test
    void thePrincipalAttributeCanBeChosen() {
        Map<String, String> values = new HashMap<>(COMPLETE);
        values.put(OidcSettings.PRINCIPAL_ATTRIBUTE, "phone_number");

        assertThat(settings(values).principalAttribute()).isEqualTo("phone_number");
    }

    private static OidcSettings settings(Map<String, String> values) {
        return OidcSettings.from(key -> Optional.ofNullable(values.get(key)));
    }
}
