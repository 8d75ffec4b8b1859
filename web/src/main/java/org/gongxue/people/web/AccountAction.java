package org.gongxue.people.web;

/** The account changes an administrator confirms before they happen, with the bundle keys of their texts. */
public enum AccountAction {
    DISABLE("admin.confirmDisable", "admin.disabled"),
    ENABLE("admin.confirmEnable", "admin.enabled"),
    RESET_PASSWORD("admin.confirmReset", "admin.passwordReset");

    private final String questionKey;
    private final String doneKey;

    AccountAction(String questionKey, String doneKey) {
        this.questionKey = questionKey;
        this.doneKey = doneKey;
    }

    public String getQuestionKey() {
        return questionKey;
    }

    String doneKey() {
        return doneKey;
    }
}
