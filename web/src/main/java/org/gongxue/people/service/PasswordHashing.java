package org.gongxue.people.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Arrays;
import java.util.Map;

/**
 * Hashes and checks passwords with Jakarta Security's PBKDF2. The parameters follow OWASP's
 * 2023 advice for PBKDF2-HMAC-SHA512 (210,000 iterations); they are written into every hash, so
 * raising them later still verifies the old hashes.
 */
@ApplicationScoped
public class PasswordHashing {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** A valid hash of nothing anyone can type: checking an unknown user costs the same as a known one. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(PARAMETERS);
        decoy = pbkdf2.generate("decoy-that-matches-no-input".toCharArray());
    }

    public String hash(String password) {
        char[] chars = password.toCharArray();
        try {
            return pbkdf2.generate(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** Checks a password; with no stored hash, still spends the time, so timing does not reveal unknown names. */
    public boolean matches(String password, String storedHash) {
        char[] chars = password.toCharArray();
        try {
            boolean matches = pbkdf2.verify(chars, storedHash == null ? decoy : storedHash);
            return matches && storedHash != null;
        } finally {
            Arrays.fill(chars, '\0');
        }
    }
}
