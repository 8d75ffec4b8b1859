package org.gongxue.people.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongxue.platform.validation.Problem;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static Iterable<String> keys(String username, String password) {
        return PasswordPolicy.problems(username, password).stream().map(Problem::messageKey).toList();
    }

    @Test
    void aLongPasswordOfLettersAndDigitsPasses() {
        assertThat(PasswordPolicy.problems("cadre.qingpu", "Taihu2026lake")).isEmpty();
    }

    @Test
    void eachBrokenRuleHasItsOwnMessage() {
        assertThat(keys("someone", "short")).containsExactlyInAnyOrder("password.policy.tooShort", "password.policy.needsDigit");
        assertThat(keys("someone", "1234567890")).containsExactly("password.policy.needsLetter");
        assertThat(keys("someone", "abcdefghijk")).containsExactly("password.policy.needsDigit");
        assertThat(keys("someone", null)).contains("password.policy.tooShort", "password.policy.needsLetter",
                "password.policy.needsDigit");
    }

    @Test
    void thePasswordMayNotContainTheUsernameInAnyCase() {
        assertThat(keys("13800001111", "abc13800001111")).containsExactly("password.policy.containsUsername");
        assertThat(keys("wang.li", "WANG.LI2026x")).containsExactly("password.policy.containsUsername");
    }

    @Test
    void chineseLettersCountAsLetters() {
        assertThat(PasswordPolicy.problems("someone", "共学平台密码2026abc")).isEmpty();
    }

    @Test
    void absurdlyLongPasswordsAreRefused() {
        assertThat(keys("someone", "a1".repeat(100))).containsExactly("password.policy.tooLong");
    }
}
