package org.gongxue.people.service.roster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds people listed twice in one roster: every later row names the first one. */
final class InFileDuplicates {

    private InFileDuplicates() {
    }

    static void check(List<RosterRow> rows) {
        Map<String, Integer> firstRowByPhone = new HashMap<>();
        Map<String, Integer> firstRowByUsername = new HashMap<>();
        for (RosterRow row : rows) {
            boolean phoneRepeated = !row.getPhone().isEmpty() && repeated(firstRowByPhone, row.getPhone(), row);
            if (phoneRepeated) {
                row.addProblem(RosterProblemKind.DUPLICATE_PHONE, row.getPhone(),
                        firstRowByPhone.get(row.getPhone()));
            }
            String username = row.getUsername();
            boolean usernameRepeated = !username.isEmpty() && repeated(firstRowByUsername, username, row);
            if (usernameRepeated && !(phoneRepeated && row.usernameIsPhone())) {
                row.addProblem(RosterProblemKind.DUPLICATE_USERNAME, username, firstRowByUsername.get(username));
            }
        }
    }

    private static boolean repeated(Map<String, Integer> firstRows, String key, RosterRow row) {
        return firstRows.putIfAbsent(key, row.getRowNumber()) != null;
    }
}
