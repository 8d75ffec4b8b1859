package org.gongxue.people.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongxue.platform.validation.Problem;
import org.junit.jupiter.api.Test;

class PersonRulesTest {

    @Test
    void usernamesAreComparedInLowerCaseWithoutSurroundingSpace() {
        assertThat(PersonRules.normalizeUsername("  Wang.Li ")).isEqualTo("wang.li");
        assertThat(PersonRules.usernameProblems("13800001111")).isEmpty();
        assertThat(PersonRules.usernameProblems("ab")).extracting(Problem::messageKey)
                .containsExactly("person.problem.usernameInvalid");
        assertThat(PersonRules.usernameProblems("王力")).isNotEmpty();
    }

    @Test
    void mobileAndLandlineNumbersPassOtherNumbersDoNot() {
        assertThat(PersonRules.detailProblems("王力", null, "13912345678", null)).isEmpty();
        assertThat(PersonRules.detailProblems("王力", null, "0512-63000000", null)).isEmpty();
        assertThat(PersonRules.detailProblems("王力", null, "12345", null)).extracting(Problem::field)
                .containsExactly("phone");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(PersonRules.detailProblems(" ", "x".repeat(201), "abc", "not-mail"))
                .extracting(Problem::field)
                .containsExactly("name", "position", "phone", "email");
    }
}
