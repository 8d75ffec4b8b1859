package org.gongxue.events.service;

import java.security.SecureRandom;
import java.util.Base64;

/** 256 random bits, URL-safe (43 characters): check-in codes and feed addresses nobody can guess or derive. */
final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
    }

    static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
