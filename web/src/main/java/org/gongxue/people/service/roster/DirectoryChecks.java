package org.gongxue.people.service.roster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The checks that need the registered people and units, and the importer's rights. */
final class DirectoryChecks {

    private final RosterDirectory directory;

    DirectoryChecks(RosterDirectory directory) {
        this.directory = directory;
    }

    void check(List<RosterRow> rows) {
        Set<String> takenPhones = directory.takenPhones(values(rows, RosterRow::getPhone));
        Set<String> takenUsernames = directory.takenUsernames(values(rows, RosterRow::getUsername));
        Map<String, Set<String>> unitsByLocality = new HashMap<>();
        for (RosterRow row : rows) {
            String localityCode = row.getLocalityCode();
            if (localityCode != null && !directory.mayManage(localityCode)) {
                row.addProblem(RosterProblemKind.LOCALITY_NOT_MANAGED, row.getLocalityText());
            }
            if (localityCode != null && !row.getUnit().isEmpty()
                    && !unitsByLocality.computeIfAbsent(localityCode, directory::unitNames).contains(row.getUnit())) {
                row.addProblem(RosterProblemKind.UNIT_UNKNOWN, row.getUnit(), row.getLocalityText());
            }
            row.getRoles().stream()
                    .filter(role -> !directory.mayAssign(role))
                    .forEach(role -> row.addProblem(RosterProblemKind.ROLE_NOT_ALLOWED,
                            RosterVocabulary.ROLES.firstName(role)));
            boolean phoneTaken = takenPhones.contains(row.getPhone());
            if (phoneTaken) {
                row.addProblem(RosterProblemKind.PHONE_TAKEN, row.getPhone());
            }
            if (takenUsernames.contains(row.getUsername()) && !(phoneTaken && row.usernameIsPhone())) {
                row.addProblem(RosterProblemKind.USERNAME_TAKEN, row.getUsername());
            }
        }
    }

    /** The non-empty values of a field, to ask the directory about all rows at once. */
    private static Set<String> values(List<RosterRow> rows, Function<RosterRow, String> field) {
        return rows.stream().map(field).filter(value -> !value.isEmpty()).collect(Collectors.toSet());
    }
}
