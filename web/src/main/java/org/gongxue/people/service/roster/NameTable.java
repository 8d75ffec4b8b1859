package org.gongxue.people.service.roster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names by which people write a value in a roster (青浦, 青浦区, Qingpu), matched the same
 * forgiving way everywhere: see {@link CellText#lookupKey}.
 */
final class NameTable<E> {

    private final Map<String, E> valuesByKey = new HashMap<>();
    private final Map<E, String> firstNames = new HashMap<>();

    /** @param namesByValue each value's names; the first one is how messages name the value */
    NameTable(Map<E, List<String>> namesByValue) {
        namesByValue.forEach((value, names) -> {
            firstNames.put(value, names.get(0));
            names.forEach(name -> {
                E previous = valuesByKey.put(CellText.lookupKey(name), value);
                if (previous != null && previous != value) {
                    throw new IllegalArgumentException(name + " names both " + previous + " and " + value);
                }
            });
        });
    }

    Optional<E> find(String text) {
        return Optional.ofNullable(valuesByKey.get(CellText.lookupKey(text)));
    }

    String firstName(E value) {
        return firstNames.get(value);
    }
}
